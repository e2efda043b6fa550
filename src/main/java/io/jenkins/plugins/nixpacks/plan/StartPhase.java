package io.jenkins.plugins.nixpacks.plan;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * The {@code start} section of a plan: the command the image runs, and optionally a different image to run it in
 * ({@code runImage}), the files to carry over into that image, the user to run as, and the Debian packages the run
 * stage installs ({@code aptPkgs}, our addition to Nixpacks' schema: Nixpacks builds and runs in one image).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"cmd", "runImage", "aptPkgs", "onlyIncludeFiles", "user"})
public final class StartPhase {
    final String cmd;
    final String runImage;
    final List<String> onlyIncludeFiles;
    final String user;

    /** Null: not given, so {@link BuildPlan#runAptPkgs()} decides; empty: the run stage installs nothing. */
    final List<String> aptPkgs;

    public StartPhase(String cmd, String runImage, List<String> onlyIncludeFiles, String user) {
        this(cmd, runImage, onlyIncludeFiles, user, null);
    }

    @JsonCreator
    public StartPhase(
            @JsonProperty("cmd") String cmd,
            @JsonProperty("runImage") String runImage,
            @JsonProperty("onlyIncludeFiles") List<String> onlyIncludeFiles,
            @JsonProperty("user") String user,
            @JsonProperty("aptPkgs") @JsonAlias("aptPackages") List<String> aptPkgs) {
        this.cmd = cmd;
        this.runImage = runImage;
        this.onlyIncludeFiles = copy(onlyIncludeFiles, "onlyIncludeFiles");
        this.user = user;
        this.aptPkgs = copy(aptPkgs, "aptPkgs");
    }

    private static List<String> copy(List<String> values, String field) {
        if (values != null && values.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("start." + field + " holds an empty (null) entry");
        }
        return values == null ? null : List.copyOf(values);
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

    /**
     * The run stage's Debian packages as given; null when no layer gave them. Written even when empty: an empty
     * list (install nothing) means something else than none given.
     */
    @JsonProperty("aptPkgs")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public List<String> aptPkgs() {
        return aptPkgs;
    }

    public StartPhase withRunImage(String image) {
        return new StartPhase(cmd, image, onlyIncludeFiles, user, aptPkgs);
    }

    public StartPhase withAptPkgs(List<String> pkgs) {
        return new StartPhase(cmd, runImage, onlyIncludeFiles, user, pkgs);
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
                && Objects.equals(user, s.user)
                && Objects.equals(aptPkgs, s.aptPkgs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cmd, runImage, onlyIncludeFiles(), user, aptPkgs);
    }

    @Override
    public String toString() {
        return "StartPhase{cmd=" + cmd + ", runImage=" + runImage + ", user=" + user + ", aptPkgs=" + aptPkgs + "}";
    }
}
