package io.jenkins.plugins.nixpacks.plan;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The {@code start} section of a plan: the command the image runs, and optionally a different image to run it in
 * ({@code runImage}), the files to carry over into that image and the user to run as.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"cmd", "runImage", "onlyIncludeFiles", "user"})
public final class StartPhase {
    final String cmd;
    final String runImage;
    final List<String> onlyIncludeFiles;
    final String user;

    @JsonCreator
    public StartPhase(
            @JsonProperty("cmd") String cmd,
            @JsonProperty("runImage") String runImage,
            @JsonProperty("onlyIncludeFiles") List<String> onlyIncludeFiles,
            @JsonProperty("user") String user) {
        this.cmd = cmd;
        this.runImage = runImage;
        if (onlyIncludeFiles != null && onlyIncludeFiles.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("start.onlyIncludeFiles holds an empty (null) entry");
        }
        this.onlyIncludeFiles = onlyIncludeFiles == null ? null : List.copyOf(onlyIncludeFiles);
        this.user = user;
    }

    public static StartPhase of(String cmd) {
        return new StartPhase(cmd, null, null, null);
    }

    /** The start command; null when no layer of the plan gave one. */
    @JsonProperty("cmd")
    public String cmd() {
        return cmd;
    }

    /** The image of the run stage; null runs in the build image. */
    @JsonProperty("runImage")
    public String runImage() {
        return runImage;
    }

    @JsonProperty("onlyIncludeFiles")
    public List<String> onlyIncludeFiles() {
        return onlyIncludeFiles == null ? List.of() : onlyIncludeFiles;
    }

    @JsonProperty("user")
    public String user() {
        return user;
    }

    public StartPhase withRunImage(String image) {
        return new StartPhase(cmd, image, onlyIncludeFiles, user);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StartPhase)) {
            return false;
        }
        StartPhase s = (StartPhase) o;
        return Objects.equals(cmd, s.cmd)
                && Objects.equals(runImage, s.runImage)
                && onlyIncludeFiles().equals(s.onlyIncludeFiles())
                && Objects.equals(user, s.user);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cmd, runImage, onlyIncludeFiles(), user);
    }

    @Override
    public String toString() {
        return "StartPhase{cmd=" + cmd + ", runImage=" + runImage + ", user=" + user + "}";
    }
}
