package io.jenkins.plugins.nixpacks.cache;

import java.io.IOException;

/**
 * A cache tar that breaks a rule: the upload is refused and nothing of it is kept. The message names the entry (with
 * control characters escaped, since the name comes from the uploader) and the rule, so the build log tells the user
 * which file in the cache directory to look at.
 */
public final class TarRejectedException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The rule an entry broke. */
    public enum Rule {
        ABSOLUTE_NAME("absolute names are not allowed"),
        PARENT_SEGMENT("'..' segments are not allowed"),
        NUL_IN_NAME("NUL characters are not allowed in names"),
        MALFORMED_NAME("empty or '.' segments are not allowed"),
        WHITEOUT_NAME("names starting with '.wh.' are not allowed (the engine reads them as deletions, not files)"),
        OUTSIDE_DIRECTORY("entry lies outside the cache directory"),
        NOT_A_DIRECTORY("the cache directory and its parent folders may only appear as directories"),
        ANCESTOR_NOT_PLAIN("the cache directory's parent folders may only appear with mode 755, owned by root"),
        SYMLINK_ESCAPES("symbolic link points outside the cache directory"),
        SYMLINK_LOOP("symbolic links are chained too deeply"),
        DUPLICATE_SYMLINK("the same symbolic link appears twice"),
        DUPLICATE_NAME("two entries have the same name (the layer would keep only the last)"),
        PARENT_IS_SYMLINK("the entry's parent path runs through a symbolic link"),
        UNSORTED("entries are not in name order (a cut layer is sorted by name)"),
        TOO_MANY_SYMLINKS("symbolic links take more room than the limit"),
        HARDLINK_ESCAPES("hard link target lies outside the cache directory"),
        SPECIAL_FILE("device and FIFO entries are not allowed"),
        SPECIAL_MODE("setuid and setgid bits are not allowed"),
        UNSUPPORTED_TYPE("entry type is not supported (only files, directories, symbolic and hard links)"),
        TOO_MANY_ENTRIES("too many entries"),
        ENTRY_TOO_LARGE("entry is larger than the per-entry limit"),
        TOTAL_TOO_LARGE("entries add up to more than the size limit"),
        METADATA_TOO_LARGE("extended header or long name is larger than the limit"),
        DATA_AFTER_END("data follows the end-of-archive marker"),
        TRUNCATED("the archive is truncated"),
        CORRUPT("the archive is corrupt");

        private final String description;

        Rule(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Rule rule;
    private final String entry;

    /**
     * @param entry the entry's name as found in the archive, or null when the fault is not tied to one entry
     * @param detail what was found, e.g. the link target; null for none
     */
    public TarRejectedException(Rule rule, String entry, String detail) {
        this(rule, entry, detail, null);
    }

    public TarRejectedException(Rule rule, String entry, String detail, Throwable cause) {
        super(message(rule, entry, detail), cause);
        this.rule = rule;
        this.entry = entry;
    }

    public Rule rule() {
        return rule;
    }

    /** The entry's name as found in the archive (unescaped), or null. */
    public String entry() {
        return entry;
    }

    private static String message(Rule rule, String entry, String detail) {
        StringBuilder m = new StringBuilder("Cache tar rejected: ");
        if (entry != null) {
            m.append("entry '").append(printable(entry)).append("': ");
        }
        m.append(rule.description());
        if (detail != null) {
            m.append(" (").append(printable(detail)).append(')');
        }
        return m.toString();
    }

    /** Escapes control characters and cuts long text, so a hostile name cannot forge log lines. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length() && b.length() < 300; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (b.length() >= 300) {
            b.append("...");
        }
        return b.toString();
    }
}
