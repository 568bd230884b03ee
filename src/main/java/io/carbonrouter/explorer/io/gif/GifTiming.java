package io.carbonrouter.explorer.io.gif;

/**
 * How an animated GIF plays: each frame's delay and how many times the animation runs.
 *
 * @param delayMillis time each frame shows; GIF stores hundredths of a second, so it is rounded to 10 ms
 * @param loops       0 to loop forever, else how many times to play (at most 65535)
 */
public record GifTiming(int delayMillis, int loops) {

    public GifTiming {
        if (delayMillis < 10 || delayMillis > 655_350) {
            throw new IllegalArgumentException("frame delay must be 10..655350 ms, got " + delayMillis);
        }
        if (loops < 0 || loops > 0xFFFF) {
            throw new IllegalArgumentException("loops must be 0 (forever) to 65535, got " + loops);
        }
    }

    /** Loops forever, as slides want. */
    public static GifTiming forever(int delayMillis) {
        return new GifTiming(delayMillis, 0);
    }

    int delayCentiseconds() {
        return Math.round(delayMillis / 10f);
    }
}
