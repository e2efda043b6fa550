package io.jenkins.plugins.nixpacks.docker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of a {@code .dockerignore} file, matched the way the Docker CLI matches them when it sends a build
 * context: lines cleaned like Go's {@code filepath.Clean}, {@code *} and {@code ?} within one path element,
 * {@code **} across any number of elements, a pattern also excluding everything under a matching folder, and
 * {@code !} exceptions where the last matching line wins.
 */
public final class DockerIgnore {
    private static final DockerIgnore NONE = new DockerIgnore(List.of());

    private final List<Rule> rules;

    private DockerIgnore(List<Rule> rules) {
        this.rules = Collections.unmodifiableList(rules);
    }

    public static DockerIgnore none() {
        return NONE;
    }

    /** Reads {@code .dockerignore} in the context folder; no file means nothing is ignored. */
    public static DockerIgnore read(Path contextDir) throws IOException {
        try {
            return parse(Files.readString(contextDir.resolve(".dockerignore"), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return NONE;
        }
    }

    /** Parses the text of a {@code .dockerignore} file. */
    public static DockerIgnore parse(String text) {
        List<String> patterns = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                // Comments are recognised before trimming, as Docker does.
                if (line.startsWith("#")) {
                    continue;
                }
                line = line.trim();
                if (line.isEmpty()) {
                    continue;
                }
                boolean exception = line.charAt(0) == '!';
                if (exception) {
                    line = line.substring(1).trim();
                }
                if (!line.isEmpty()) {
                    line = cleanPath(line);
                    if (line.length() > 1 && line.charAt(0) == '/') {
                        line = line.substring(1);
                    }
                }
                patterns.add(exception ? "!" + line : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return of(patterns);
    }

    /** Already cleaned patterns, as {@link #parse} produces them; {@code !} marks an exception. */
    public static DockerIgnore of(List<String> patterns) {
        List<Rule> rules = new ArrayList<>();
        for (String p : patterns) {
            String pattern = p.trim();
            if (pattern.isEmpty()) {
                continue;
            }
            boolean exception = pattern.charAt(0) == '!';
            if (exception) {
                pattern = pattern.substring(1);
                if (pattern.isEmpty()) {
                    throw new IllegalArgumentException(".dockerignore: illegal exception pattern \"!\"");
                }
            }
            rules.add(new Rule(pattern, exception, compile(pattern)));
        }
        return new DockerIgnore(rules);
    }

    /** This list plus exceptions that keep {@code paths} in the context (Docker always sends these). */
    DockerIgnore keeping(List<String> paths) {
        List<Rule> more = new ArrayList<>(rules);
        for (String path : paths) {
            if (excludes(path)) {
                more.add(new Rule(path, true, compile(path)));
            }
        }
        return new DockerIgnore(more);
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The patterns, exceptions with their {@code !}, in file order. */
    public List<String> patterns() {
        List<String> out = new ArrayList<>();
        for (Rule r : rules) {
            out.add(r.exception ? "!" + r.pattern : r.pattern);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether a path of the context, relative and with {@code /} separators, is left out of it: the last rule
     * that matches the path, or one of its parent folders, decides.
     */
    public boolean excludes(String relativePath) {
        String path = cleanPath(relativePath);
        int slash = path.lastIndexOf('/');
        String[] parents = slash < 0 ? new String[0] : path.substring(0, slash).split("/", -1);
        boolean excluded = false;
        for (Rule rule : rules) {
            // An exclusion cannot change an excluded path, nor an exception an included one.
            if (rule.exception != excluded) {
                continue;
            }
            boolean match = rule.regex.matcher(path).matches();
            if (!match) {
                StringBuilder parent = new StringBuilder();
                for (String dir : parents) {
                    if (parent.length() > 0) {
                        parent.append('/');
                    }
                    parent.append(dir);
                    if (rule.regex.matcher(parent).matches()) {
                        match = true;
                        break;
                    }
                }
            }
            if (match) {
                excluded = !rule.exception;
            }
        }
        return excluded;
    }

    /**
     * Whether the walk must still enter an excluded folder: only when an exception names a path under it
     * (Docker's own shortcut, so {@code !**}{@code /x} does not revive files of an excluded folder either).
     */
    boolean mayKeepSomethingUnder(String excludedDir) {
        String dirSlash = excludedDir + "/";
        for (Rule rule : rules) {
            if (rule.exception && (rule.pattern + "/").startsWith(dirSlash)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "DockerIgnore" + patterns();
    }

    private record Rule(String pattern, boolean exception, Pattern regex) {}

    /** Translates one pattern into a regular expression, element by element as Docker's matcher does. */
    static Pattern compile(String pattern) {
        StringBuilder re = new StringBuilder("^");
        boolean inClass = false;
        int n = pattern.length();
        for (int i = 0; i < n; i++) {
            char c = pattern.charAt(i);
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    re.append(']');
                } else if (c == '\\' && i + 1 < n) {
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                } else if (c == '[' || c == '&' || c == '\\') {
                    re.append('\\').append(c);
                } else {
                    re.append(c);
                }
                continue;
            }
            switch (c) {
                case '*' -> {
                    if (i + 1 < n && pattern.charAt(i + 1) == '*') {
                        i++;
                        // "**/" is read as "**".
                        if (i + 1 < n && pattern.charAt(i + 1) == '/') {
                            i++;
                        }
                        re.append(i + 1 >= n ? ".*" : "(.*/)?");
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> {
                    inClass = true;
                    re.append('[');
                    if (i + 1 < n && pattern.charAt(i + 1) == '^') {
                        re.append('^');
                        i++;
                    }
                }
                case '\\' -> {
                    if (i + 1 < n) {
                        re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                    } else {
                        re.append("\\\\");
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inClass) {
            throw new IllegalArgumentException(
                    ".dockerignore: syntax error in pattern '" + pattern + "': unclosed '['");
        }
        re.append('$');
        try {
            return Pattern.compile(re.toString());
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(
                    ".dockerignore: syntax error in pattern '" + pattern + "': " + e.getDescription(), e);
        }
    }

    /** Go's {@code filepath.Clean} for {@code /} separators: lexical, no file system access. */
    static String cleanPath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty() && !parts.peekLast().equals("..")) {
                    parts.removeLast();
                } else if (!rooted) {
                    parts.addLast("..");
                }
                continue;
            }
            parts.addLast(part);
        }
        String joined = String.join("/", parts);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }
}
