package org.evidenz.picture;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The files stored for a picture: a few widths, never wider than the upload, each written anew from its pixels. Only
 * pixels are written, so whatever the upload carried besides (EXIF with its GPS position, comments, colour
 * profiles) is gone. PNG stays PNG (drawings, screenshots), and so does anything with transparency; the rest becomes
 * JPEG, WebP too, since the JDK has no WebP writer.
 */
final class ResponsiveSizes {

    static final List<Integer> WIDTHS = List.of(480, 960, 1600);
    private static final float JPEG_QUALITY = 0.85f;

    private ResponsiveSizes() {
    }

    /** A stored file with its bytes. */
    record Encoded(PictureFile file, byte[] bytes) {
    }

    static List<Encoded> of(String id, PictureDecoder.Decoded upload) {
        BufferedImage image = upload.image();
        boolean png = upload.format().equals("png") || image.getColorModel().hasAlpha();
        TreeSet<Integer> widths = new TreeSet<>();
        for (int width : WIDTHS) {
            if (width < image.getWidth()) {
                widths.add(width);
            }
        }
        widths.add(Math.min(image.getWidth(), WIDTHS.getLast()));
        List<Encoded> files = new ArrayList<>();
        for (int width : widths) {
            int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
            BufferedImage scaled = scale(image, width, height, png);
            byte[] bytes = png ? write(scaled, "png", null) : write(scaled, "jpeg", JPEG_QUALITY);
            String name = id + "-" + width + "-" + hash(bytes) + (png ? ".png" : ".jpg");
            files.add(new Encoded(new PictureFile(name, width, height, png ? "image/png" : "image/jpeg"), bytes));
        }
        return files;
    }

    /** Halves until close, then one bicubic step: a single large step would skip pixels and look grainy. */
    private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage current = redraw(source, source.getWidth(), source.getHeight(), alpha);
        while (current.getWidth() / 2 >= width) {
            current = redraw(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2), alpha);
        }
        return current.getWidth() == width ? current : redraw(current, width, height, alpha);
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, boolean alpha) {
        BufferedImage target = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] write(BufferedImage image, String format, Float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (quality != null) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
