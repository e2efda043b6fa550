package io.jenkins.plugins.nixpacks.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.ResponseItem;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.jenkins.plugins.nixpacks.build.BuildLog;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Watches one streamed engine response (build, push, pull). The engine reports failures as error items inside a
 * stream that otherwise ends normally, so every item is checked; the text of a build goes line by line to a log.
 */
class StreamWatcher<T extends ResponseItem> extends ResultCallback.Adapter<T> {
    private static final Pattern STEP = Pattern.compile("^Step \\d+/\\d+ : .*");
    private static final Pattern BUILT = Pattern.compile("^Successfully built ([0-9a-f]{12,64})\\s*$");
    private static final Pattern DIGEST = Pattern.compile("digest: (sha256:[0-9a-f]{64})");

    @CheckForNull
    private final BuildLog log;

    private final StringBuilder partial = new StringBuilder();
    private volatile String error;
    private volatile String step;
    private volatile String builtId;
    private volatile String digest;

    private volatile boolean aborted;

    StreamWatcher(@CheckForNull BuildLog log) {
        this.log = log;
    }

    @Override
    public void onStart(java.io.Closeable stream) {
        super.onStart(stream);
        // An abort that came while the request was still being sent must still reach the response.
        if (aborted) {
            closeQuietly();
        }
    }

    /** Stops the call: closing the response makes the engine cancel a build or a transfer. */
    void abort() {
        aborted = true;
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            close();
        } catch (java.io.IOException e) {
            // the stream is being thrown away
        }
    }

    @Override
    public void onNext(T item) {
        if (item.isErrorIndicated()) {
            if (error == null) {
                ResponseItem.ErrorDetail detail = item.getErrorDetail();
                error = detail != null && detail.getMessage() != null ? detail.getMessage() : item.getError();
            }
            return;
        }
        if (item.getStream() != null) {
            text(item.getStream());
        }
        String status = item.getStatus();
        if (status != null) {
            Matcher m = DIGEST.matcher(status);
            if (m.find()) {
                digest = m.group(1);
            }
            // Per-layer byte counts would flood a build log; only state changes are worth a line.
            ResponseItem.ProgressDetail progress = item.getProgressDetail();
            if (log != null && (progress == null || progress.getCurrent() == null)) {
                log.line(item.getId() != null ? item.getId() + ": " + status : status);
            }
        }
        ResponseItem.AuxDetail aux = item.getAux();
        if (aux != null && aux.getDigest() != null) {
            digest = aux.getDigest();
        }
    }

    private void text(String chunk) {
        synchronized (partial) {
            partial.append(chunk);
            int nl;
            while ((nl = partial.indexOf("\n")) >= 0) {
                line(partial.substring(0, nl));
                partial.delete(0, nl + 1);
            }
        }
    }

    private void line(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (STEP.matcher(line).matches()) {
            step = line;
        }
        Matcher built = BUILT.matcher(line);
        if (built.matches()) {
            builtId = built.group(1);
        }
        if (log != null) {
            log.line(line);
        }
    }

    /** Writes a last line that had no newline. */
    void flush() {
        synchronized (partial) {
            if (partial.length() > 0) {
                line(partial.toString());
                partial.setLength(0);
            }
        }
    }

    /** The first error item's message, if the stream carried one. */
    @CheckForNull
    String error() {
        return error;
    }

    /** The last "Step N/M : ..." line seen. */
    @CheckForNull
    String step() {
        return step;
    }

    /** The short id of "Successfully built ...". */
    @CheckForNull
    String builtId() {
        return builtId;
    }

    /** The digest a push reported. */
    @CheckForNull
    String digest() {
        return digest;
    }
}
