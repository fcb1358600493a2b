package lockdown.ui;

import java.awt.image.BufferedImage;

/** Compares two pictures of the window: alike when they have the same size and few pixels differ. */
final class Screenshots {

    /** At most this share of pixels may differ (a port number, a user name) for two pictures to be alike. */
    static final double TOLERANCE = 0.005;

    private Screenshots() {
    }

    static boolean alike(BufferedImage a, BufferedImage b) {
        if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        long differ = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differ++;
                }
            }
        }
        return differ <= TOLERANCE * a.getWidth() * a.getHeight();
    }
}
