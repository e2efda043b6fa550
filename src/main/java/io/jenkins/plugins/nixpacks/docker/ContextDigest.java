package io.jenkins.plugins.nixpacks.docker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Digests of what a build context holds, computed on the agent from the source folder: the files a {@code COPY}
 * names, or the whole context. The walk is the one {@link BuildContextStream} sends (the same {@code .dockerignore}
 * rules, the same names, modes and link targets), so a digest changes exactly when what the engine would copy
 * changes. Modification times are left out, as the classic builder leaves them out of its layer keys.
 */
public final class ContextDigest {
    private final Path root;
    /** Relative path → what it is, sorted by name; file content is hashed only when a digest asks for it. */
    private final TreeMap<String, Entry> entries = new TreeMap<>();

    private final Map<String, String> fileHashes = new HashMap<>();

    private record Entry(char type, int mode, String link) {}

    private ContextDigest(Path root) {
        this.root = root;
    }

    /** Lists the context of {@code contextDir} (names and attributes only; content is read on demand). */
    public static ContextDigest of(Path contextDir) throws IOException {
        Path real = contextDir.toRealPath();
        ContextDigest d = new ContextDigest(real);
        d.walk(real, "", DockerIgnore.read(real));
        return d;
    }

    /** The digest of the whole context, as {@code COPY . dest} sees it. */
    public String all() throws IOException {
        return digest(List.copyOf(entries.keySet()), "");
    }

    /**
     * The digest of what {@code COPY source dest} copies: a file, a folder with everything under it, or what a
     * pattern with {@code *} and {@code ?} matches. A source the context lacks has a digest of its own (the build
     * would fail at that COPY anyway).
     */
    public String of(String source) throws IOException {
        String s = DockerIgnore.cleanPath(source);
        if (s.equals(".") || s.isEmpty()) {
            return all();
        }
        List<String> names = new ArrayList<>();
        if (s.indexOf('*') >= 0 || s.indexOf('?') >= 0) {
            Pattern p = glob(s);
            for (String name : entries.keySet()) {
                if (topMatch(name, p) != null) {
                    names.add(name);
                }
            }
        } else {
            // Names that start with the source are contiguous in sorted order ("a", "a-b", "a/x").
            for (String name : entries.tailMap(s, true).keySet()) {
                if (!name.startsWith(s)) {
                    break;
                }
                if (name.equals(s) || name.startsWith(s + "/")) {
                    names.add(name);
                }
            }
        }
        return digest(names, s);
    }

    /** Per source, its digest, in the order given. */
    public Map<String, String> of(List<String> sources) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : sources) {
            out.put(s, of(s));
        }
        return out;
    }

    private String digest(List<String> names, String source) throws IOException {
        MessageDigest md = sha256();
        md.update(("source " + source + "\n").getBytes(StandardCharsets.UTF_8));
        if (names.isEmpty()) {
            md.update("missing\n".getBytes(StandardCharsets.UTF_8));
        }
        for (String name : names) {
            Entry e = entries.get(name);
            String line = e.type + " " + Integer.toOctalString(e.mode) + " " + name + " "
                    + (e.type == 'f' ? fileHash(name) : e.type == 'l' ? e.link : "") + "\n";
            md.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return "sha256:" + HexFormat.of().formatHex(md.digest());
    }

    private String fileHash(String name) throws IOException {
        String known = fileHashes.get(name);
        if (known != null) {
            return known;
        }
        MessageDigest md = sha256();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(root.resolve(name))) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        String h = HexFormat.of().formatHex(md.digest());
        fileHashes.put(name, h);
        return h;
    }

    private void walk(Path dir, String relDir, DockerIgnore ignore) throws IOException {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            ds.forEach(children::add);
        }
        for (Path child : children) {
            String name = String.valueOf(child.getFileName());
            String rel = relDir.isEmpty() ? name : relDir + "/" + name;
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                continue;
            }
            boolean excluded = ignore.excludes(rel);
            if (attrs.isDirectory()) {
                if (!excluded) {
                    entries.put(rel, new Entry('d', 0, null));
                    walk(child, rel, ignore);
                } else if (ignore.mayKeepSomethingUnder(rel)) {
                    walk(child, rel, ignore);
                }
            } else if (excluded) {
                continue;
            } else if (attrs.isSymbolicLink()) {
                entries.put(rel, new Entry('l', 0, Files.readSymbolicLink(child).toString()));
            } else if (attrs.isRegularFile()) {
                // The exec bit is what differs between checkouts that matters to a build; umask noise is not.
                entries.put(rel, new Entry('f', Files.isExecutable(child) ? 0755 : 0644, null));
            }
        }
    }

    /** The matched top-level name for a pattern: the name itself, or the parent of it that matches. */
    private static String topMatch(String name, Pattern p) {
        if (p.matcher(name).matches()) {
            return name;
        }
        int i = name.indexOf('/');
        while (i > 0) {
            if (p.matcher(name.substring(0, i)).matches()) {
                return name.substring(0, i);
            }
            i = name.indexOf('/', i + 1);
        }
        return null;
    }

    /** Go's filepath.Match for {@code *} and {@code ?}, within one path element; the rest is literal. */
    static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
