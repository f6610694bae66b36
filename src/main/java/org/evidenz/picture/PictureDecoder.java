package org.evidenz.picture;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads an upload by its content, never its name: only what a JPEG, PNG or WebP reader recognises is accepted (SVG,
 * which can carry scripts, is none of them). The size in pixels is read from the header before any pixel is decoded,
 * so that a small file declaring a huge picture (a decompression bomb) is refused without the memory it asks for.
 */
final class PictureDecoder {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> FORMATS = Set.of("jpeg", "png", "webp");

    private PictureDecoder() {
    }

    /** A picture as uploaded: its pixels, and whether it came as a PNG (kept lossless) or not. */
    record Decoded(BufferedImage image, String format) {
    }

    static Decoded decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new PictureRefused("Choose a picture file to upload.");
        }
        if (bytes.length > MAX_BYTES) {
            throw new PictureRefused("The file is larger than 10 MB; make it smaller and upload it again.");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = readerFor(input);
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new PictureRefused("The picture has " + width + " × " + height + " pixels, more than "
                            + MAX_PIXELS / 1_000_000 + " million; make it smaller and upload it again.");
                }
                BufferedImage image = reader.read(0);
                return new Decoded(image, format(reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PictureRefused refused) {
                throw refused;
            }
            throw new PictureRefused("The file looks like a picture but cannot be read (" + e.getClass()
                    .getSimpleName() + "); save it again as JPEG, PNG or WebP and upload that.");
        }
    }

    private static ImageReader readerFor(ImageInputStream input) {
        if (input != null) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                if (FORMATS.contains(format(reader))) {
                    return reader;
                }
            }
        }
        throw new PictureRefused("This file is not a JPEG, PNG or WebP picture (judged by its content, not its name).");
    }

    private static String format(ImageReader reader) {
        String name = reader.getOriginatingProvider().getFormatNames()[0].toLowerCase(Locale.ROOT);
        return name.equals("jpg") ? "jpeg" : name;
    }
}
