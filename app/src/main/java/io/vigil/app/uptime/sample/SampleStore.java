package io.vigil.app.uptime.sample;

import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * One generated store, derived from the seed and its index alone, so every file can be written without keeping the
 * others: a UUID id, an IANA zone (none for a few: the default zone applies), weekly hours (none for a few: open
 * 24/7), and how often it goes down.
 *
 * @param id the store id
 * @param zone the zone, or null when the store has none in the timezones file
 * @param hours the rows of the hours file, {@code day,start,end}; empty for a store open 24/7
 * @param downChance the chance that an active store is found inactive at its next poll
 */
record SampleStore(String id, String zone, List<String> hours, double downChance) {

    private static final String[] ZONES = {
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix",
        "America/Boise", "America/Indiana/Indianapolis", "Europe/London", "Europe/Berlin", "Europe/Paris",
        "Europe/Madrid", "Europe/Helsinki"
    };

    static SampleStore of(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        String zone = index % 25 == 7 ? null : ZONES[random.nextInt(ZONES.length)];
        return new SampleStore(id, zone, hours(index, random), 0.005 + random.nextDouble() * 0.05);
    }

    /** Fixed kinds by index, so that even a small sample has each: 24/7, split shifts, hours past midnight. */
    private static List<String> hours(int index, SplittableRandom random) {
        if (index % 20 == 3) {
            return List.of();
        }
        List<String> rows = new java.util.ArrayList<>();
        for (int day = 0; day < 7; day++) {
            if (index % 10 == 1) {
                rows.add(day + ",10:00:00,14:00:00");
                rows.add(day + ",17:00:00,22:00:00");
            } else if (index % 10 == 2) {
                rows.add(day + ",18:00:00,02:00:00");
            } else if (index % 10 == 5) {
                rows.add(day + ",00:00:00,23:59:59");
            } else if (day != 6 || random.nextInt(3) != 0) {
                int open = 6 + random.nextInt(5);
                int close = day >= 4 && random.nextInt(4) == 0 ? 1 : 17 + random.nextInt(6);
                rows.add(day + "," + two(open) + ":" + two(15 * random.nextInt(4)) + ":00," + two(close) + ":00:00");
            }
        }
        return List.copyOf(rows);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}
