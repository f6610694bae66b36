package org.evidenz.shared;

import java.util.List;

/**
 * Where one page stands in a long list: the page (1-based, kept within the pages there are), how many entries a page
 * holds and how many there are in all. Lists in memory are cut with {@link #of(List)}, queries with
 * {@link #offset()} and {@link #size()}.
 */
public record Paging(int page, int size, long total) {

    /** How many entries an editor's list shows at a time. */
    public static final int EDITOR_PAGE_SIZE = 50;

    public Paging {
        if (size < 1) {
            throw new IllegalArgumentException("A page holds at least one entry");
        }
        page = Math.max(1, Math.min(page, pages(total, size)));
    }

    /** The page of an editor's list that was asked for, {@link #EDITOR_PAGE_SIZE} entries long. */
    public static Paging editorList(int requested, long total) {
        return new Paging(requested, EDITOR_PAGE_SIZE, total);
    }

    public int pages() {
        return pages(total, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** This page's entries of a whole list. */
    public <T> List<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), offset());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
