package io.vigil.app.client;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on standard error when a person is watching (a console is attached); silent otherwise, so that
 * scripts and logs get only the result lines.
 */
public final class Progress {

    private static final long MIB = 1024 * 1024;

    private final boolean shown;

    private Progress(boolean shown) {
        this.shown = shown;
    }

    /** Bars shown only when a console is attached. */
    public static Progress forConsole() {
        return new Progress(System.console() != null);
    }

    /** A bar over {@code total} bytes, shown in MiB. */
    public Bar bytes(String task, long total) {
        if (!shown) {
            return Bar.NONE;
        }
        return new Bar(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setUnit(" MiB", MIB)
                .setStyle(ProgressBarStyle.ASCII)
                .showSpeed()
                .build());
    }

    /** A bar without a known end, counting rows. */
    public Bar rows(String task) {
        if (!shown) {
            return Bar.NONE;
        }
        return new Bar(new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(-1)
                .setUnit(" rows", 1)
                .setStyle(ProgressBarStyle.ASCII)
                .build());
    }

    /** One bar; {@link #NONE} shows nothing. */
    public static final class Bar implements AutoCloseable {

        public static final Bar NONE = new Bar(null);

        private final ProgressBar bar;

        private Bar(ProgressBar bar) {
            this.bar = bar;
        }

        public void stepTo(long n) {
            if (bar != null) {
                bar.stepTo(n);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
