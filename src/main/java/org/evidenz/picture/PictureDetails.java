package org.evidenz.picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.evidenz.shared.Ids;
import org.evidenz.shared.Language;

/**
 * What an editor says about a picture, as typed into the form; {@link #problems()} says what must be corrected before
 * it is stored.
 */
public record PictureDetails(String id, boolean decorative, String credit, String licence,
        Map<Language, PictureText> texts) {

    public PictureDetails {
        id = id == null ? "" : id.strip();
        credit = credit == null ? "" : credit.strip();
        licence = licence == null ? "" : licence.strip();
        texts = Map.copyOf(texts);
    }

    static PictureDetails of(Picture picture) {
        return new PictureDetails(picture.id(), picture.decorative(), picture.credit(), picture.licence(),
                picture.texts());
    }

    public PictureText text(Language language) {
        return texts.getOrDefault(language, PictureText.NONE);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!Ids.isValid(id)) {
            problems.add("The id is made of lower-case letters, digits and single hyphens, at most "
                    + Ids.MAX_LENGTH + " characters (e.g. active-and-passive).");
        }
        if (!decorative && texts.values().stream().allMatch(text -> text.alt().isEmpty())) {
            problems.add("Say what the picture shows (alt text), at least in one language, or mark it as "
                    + "decorative. It can be shown only in the languages that have an alt text.");
        }
        for (Language language : Language.values()) {
            PictureText text = text(language);
            if (text.alt().length() > 1000 || text.caption().length() > 2000) {
                problems.add("Alt texts have at most 1000 characters and captions at most 2000.");
            }
        }
        if (credit.isEmpty() || credit.length() > 500) {
            problems.add("Say who made the picture (credit, at most 500 characters).");
        }
        if (licence.isEmpty() || licence.length() > 200) {
            problems.add("Say under which licence we may show it (e.g. CC BY 4.0, own work; at most 200 characters).");
        }
        return problems;
    }
}
