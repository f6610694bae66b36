package org.evidenz.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/** The demo bundle's picture is the drawing {@link DemoPicture} makes, so it can be made again and changed. */
class DemoPictureTest {

    @Test
    void theCommittedDemoPictureIsTheDrawing() throws IOException {
        BufferedImage committed = ImageIO.read(DemoPicture.FILE.toFile());
        BufferedImage drawn = DemoPicture.draw();
        assertThat(committed.getWidth()).isEqualTo(drawn.getWidth());
        assertThat(committed.getHeight()).isEqualTo(drawn.getHeight());
        int differing = 0;
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                if ((committed.getRGB(x, y) & 0xFFFFFF) != (drawn.getRGB(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ from the drawing").isZero();
    }
}
