package io.jenkins.plugins.nixpacks.jenkins;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Replaces every occurrence of the build's secrets (the registry password, the upload tokens) in a line with
 * {@code ****}. The core never prints them on purpose; this catches what a tool echoes back, such as an error that
 * quotes a request. Serializable because it travels to the agent inside the log adapter.
 */
final class SecretMasker implements Serializable {
    private static final long serialVersionUID = 1L;

    static final String MASK = "****";

    /** Longest first, so a secret that contains another is masked whole. */
    private final List<String> secrets;

    SecretMasker(Collection<String> secrets) {
        List<String> s = new ArrayList<>();
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty() && !s.contains(secret)) {
                s.add(secret);
            }
        }
        s.sort(Comparator.comparingInt(String::length).reversed());
        this.secrets = List.copyOf(s);
    }

    static SecretMasker none() {
        return new SecretMasker(List.of());
    }

    String mask(String line) {
        if (line == null || secrets.isEmpty()) {
            return line;
        }
        String out = line;
        for (String secret : secrets) {
            out = out.replace(secret, MASK);
        }
        return out;
    }

    /** Masks exactly as this one, and also {@code more}. */
    SecretMasker with(Collection<String> more) {
        List<String> all = new ArrayList<>(secrets);
        all.addAll(more);
        return new SecretMasker(all);
    }

    @Override
    public String toString() {
        return "SecretMasker[" + secrets.size() + " secrets]";
    }
}
