package org.evidenz.support;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/**
 * The demo bundle's one picture, drawn for Evidenz: on the left a person striding on their own (an active
 * treatment), on the right a person lying still on a couch while another's hands work on their back (a passive
 * one). Shapes only, no words, so that it needs no translation. {@code main} writes it into the demo bundle;
 * DemoPictureTest checks that the committed file is this drawing.
 */
public final class DemoPicture {

    public static final Path FILE = Path.of("src/main/resources/content/images/active-and-passive.png");
    static final int WIDTH = 1600;
    static final int HEIGHT = 800;

    private static final Color INK = new Color(0x1c2733);
    private static final Color ACTIVE_BG = new Color(0xe5f4ea);
    private static final Color ACTIVE = new Color(0x166534);
    private static final Color PASSIVE_BG = new Color(0xfdf1d8);
    private static final Color PASSIVE = new Color(0x7a3d06);
    private static final Color HELPER = new Color(0x0f5f5a);

    private DemoPicture() {
    }

    public static void main(String[] args) throws IOException {
        ImageIO.write(draw(), "png", FILE.toFile());
    }

    public static BufferedImage draw() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(ACTIVE_BG);
        g.fillRect(0, 0, WIDTH / 2, HEIGHT);
        g.setColor(PASSIVE_BG);
        g.fillRect(WIDTH / 2, 0, WIDTH / 2, HEIGHT);
        g.setColor(Color.WHITE);
        g.fillRect(WIDTH / 2 - 4, 0, 8, HEIGHT);
        active(g);
        passive(g);
        g.dispose();
        return image;
    }

    /** A person in mid-stride, arms swinging, with motion lines behind them: they move by themselves. */
    private static void active(Graphics2D g) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(60, 700, 740, 700));
        g.setColor(ACTIVE);
        g.fill(new Ellipse2D.Double(372, 150, 96, 96));
        g.setStroke(new BasicStroke(34, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(420, 270, 400, 460));
        g.setStroke(new BasicStroke(24, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(415, 300, 490, 370));
        g.draw(new Line2D.Double(490, 370, 540, 320));
        g.draw(new Line2D.Double(412, 300, 350, 380));
        g.draw(new Line2D.Double(350, 380, 300, 440));
        g.setStroke(new BasicStroke(28, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(400, 460, 480, 560));
        g.draw(new Line2D.Double(480, 560, 520, 680));
        g.draw(new Line2D.Double(400, 460, 350, 570));
        g.draw(new Line2D.Double(350, 570, 270, 660));
        g.setColor(new Color(ACTIVE.getRed(), ACTIVE.getGreen(), ACTIVE.getBlue(), 110));
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            int y = 300 + i * 90;
            g.draw(new Line2D.Double(110 + i * 25, y, 230 + i * 10, y));
        }
    }

    /**
     * A person lying on a couch, and another person standing behind it whose hands rest on the first one's back: it
     * is done to them.
     */
    private static void passive(Graphics2D g) {
        g.setColor(INK);
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(860, 700, 1540, 700));
        g.setColor(HELPER);
        g.setStroke(new BasicStroke(26, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(1247, 400, 1225, 690));
        g.draw(new Line2D.Double(1247, 400, 1275, 690));
        g.setColor(new Color(0x8a6a4a));
        g.fill(new RoundRectangle2D.Double(900, 540, 560, 40, 20, 20));
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(940, 580, 940, 700));
        g.draw(new Line2D.Double(1420, 580, 1420, 700));
        g.setColor(PASSIVE);
        g.fill(new Ellipse2D.Double(910, 448, 84, 84));
        g.setStroke(new BasicStroke(40, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(1030, 512, 1400, 515));
        g.setColor(HELPER);
        g.fill(new Ellipse2D.Double(1202, 130, 90, 90));
        g.setStroke(new BasicStroke(32, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(1247, 245, 1247, 400));
        g.setStroke(new BasicStroke(22, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(1240, 270, 1180, 370));
        g.draw(new Line2D.Double(1180, 370, 1190, 470));
        g.draw(new Line2D.Double(1254, 270, 1310, 370));
        g.draw(new Line2D.Double(1310, 370, 1300, 470));
        g.fill(new Ellipse2D.Double(1166, 464, 50, 28));
        g.fill(new Ellipse2D.Double(1276, 464, 50, 28));
    }
}
