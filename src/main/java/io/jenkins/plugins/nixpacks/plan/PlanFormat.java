package io.jenkins.plugins.nixpacks.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** JSON and TOML reading and writing of plans, with error messages that name the file, line and problem. */
enum PlanFormat {
    JSON(JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build()),
    TOML(TomlMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_GETTERS, MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build());

    /** Config files are a few KB; anything this large is not a config file. */
    private static final long MAX_FILE_BYTES = 1_000_000;

    private final ObjectMapper mapper;

    PlanFormat(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The shared mapper, for callers that read other JSON (package.json) with the same settings. */
    ObjectMapper mapper() {
        return mapper;
    }

    String write(BuildPlan plan) {
        try {
            if (this == JSON) {
                // Nixpacks (serde_json) style: two-space indent, "key": value, one array item per line.
                DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
                DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                        .withSeparators(Separators.createDefaultInstance()
                                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                .withObjectEmptySeparator("")
                                .withArrayEmptySeparator(""));
                printer.indentObjectsWith(indenter);
                printer.indentArraysWith(indenter);
                return mapper.writer(printer).writeValueAsString(plan) + "\n";
            }
            return mapper.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            // Plans hold only strings, lists and maps; failing to write one is a bug, not a user mistake.
            throw new IllegalStateException("Cannot write plan as " + name(), e);
        }
    }

    BuildPlan parse(String text, String source) throws PlanException {
        if (text.isBlank()) {
            return BuildPlan.empty();
        }
        try {
            BuildPlan plan = mapper.readValue(text, BuildPlan.class);
            return plan == null ? BuildPlan.empty() : plan;
        } catch (JsonProcessingException e) {
            throw new PlanException(describe(e, text, source), e);
        }
    }

    static BuildPlan read(Path file, String source) throws PlanException {
        Path fileName = file.getFileName();
        String name = fileName == null ? "" : fileName.toString().toLowerCase(Locale.ROOT);
        PlanFormat format;
        if (name.endsWith(".toml")) {
            format = TOML;
        } else if (name.endsWith(".json")) {
            format = JSON;
        } else {
            throw new PlanException(
                    "Config file " + source + " is neither .toml nor .json; rename it or point to one that is.");
        }
        return format.parse(readText(file, source), source);
    }

    static String readText(Path file, String source) throws PlanException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new PlanException(
                        "Config file " + source + " is larger than 1 MB; this is not a Nixpacks config file.");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new PlanException("Cannot read config file " + source + ": " + e.getMessage(), e);
        }
    }

    private String describe(JsonProcessingException e, String text, String source) {
        String path = "";
        String problem;
        if (e instanceof JsonMappingException) {
            path = pathOf((JsonMappingException) e);
        }
        if (e instanceof UnrecognizedPropertyException) {
            UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
            String where = parentPath(path);
            problem = "unknown key '" + u.getPropertyName() + "'" + (where.isEmpty() ? "" : " in " + where)
                    + " (known keys: " + known(u.getKnownPropertyIds()) + ")";
        } else if (e instanceof ValueInstantiationException && e.getCause() != null) {
            problem = (path.isEmpty() ? "" : path + ": ") + e.getCause().getMessage();
        } else if (e instanceof MismatchedInputException && ((MismatchedInputException) e).getTargetType() != null) {
            problem = (path.isEmpty() ? "the plan" : path) + " should be "
                    + expected(((MismatchedInputException) e).getTargetType());
        } else {
            problem = firstLine(e.getOriginalMessage());
        }
        int line = -1;
        int column = -1;
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getLineNr() > 0) {
            line = loc.getLineNr();
            column = loc.getColumnNr();
        } else if (!path.isEmpty() && !(e instanceof StreamReadException)) {
            // The TOML mapper works on a tree and loses positions; find the key's line in the text instead.
            line = findLine(text, path);
        }
        StringBuilder msg = new StringBuilder(source);
        if (line > 0) {
            msg.append(", line ").append(line);
            if (column > 0) {
                msg.append(", column ").append(column);
            }
        }
        msg.append(": ").append(problem);
        if (!problem.endsWith(".")) {
            msg.append('.');
        }
        return msg.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String parentPath(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String known(Collection<Object> ids) {
        List<String> names = new ArrayList<>();
        for (Object id : ids) {
            names.add(String.valueOf(id));
        }
        names.sort(null);
        return String.join(", ", names);
    }

    private static String expected(Class<?> type) {
        if (Collection.class.isAssignableFrom(type)) {
            return "a list of strings";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a table";
        }
        if (type == String.class) {
            return "a string";
        }
        return "a table";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot be parsed";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Best-effort line of the last key of {@code path} in TOML (or JSON) text: the first line after the key's table
     * header that assigns it, else the first line that mentions it as a key.
     */
    static int findLine(String text, String path) {
        String[] parts = path.replaceAll("\\[\\d+]", "").split("\\.");
        String key = parts[parts.length - 1];
        String table = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
        String[] lines = text.split("\n", -1);
        Pattern assign = Pattern.compile("^\\s*[\"']?" + Pattern.quote(key) + "[\"']?\\s*[=:].*");
        Pattern dotted = Pattern.compile("^\\s*(.*\\.)?[\"']?" + Pattern.quote(key) + "[\"']?\\s*=.*");
        Pattern header = Pattern.compile("^\\s*\\[\\s*" + Pattern.quote(table) + "\\s*]\\s*(#.*)?$");
        int start = 0;
        if (!table.isEmpty()) {
            for (int i = 0; i < lines.length; i++) {
                if (header.matcher(lines[i]).matches()) {
                    start = i + 1;
                    break;
                }
            }
        }
        for (int i = start; i < lines.length; i++) {
            if (lines[i].trim().startsWith("[") && i > start && !table.isEmpty() && start > 0) {
                break;
            }
            if (assign.matcher(lines[i]).matches() || dotted.matcher(lines[i]).matches()) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (assign.matcher(lines[i]).matches() || dotted.matcher(lines[i]).matches()) {
                return i + 1;
            }
        }
        return -1;
    }
}
