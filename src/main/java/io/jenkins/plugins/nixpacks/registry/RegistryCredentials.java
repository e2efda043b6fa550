package io.jenkins.plugins.nixpacks.registry;

import java.io.Serializable;
import java.util.Objects;

/**
 * A registry username and password. The password is held as a char array so it is not interned, is excluded from
 * {@link #toString()}, and is only handed out to the code that talks to the registry or the engine's auth config.
 */
public final class RegistryCredentials implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String username;
    private final char[] password;

    public RegistryCredentials(String username, char[] password) {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("registry username is empty");
        }
        this.username = username;
        this.password = Objects.requireNonNull(password, "password").clone();
    }

    public static RegistryCredentials of(String username, String password) {
        return new RegistryCredentials(username, password.toCharArray());
    }

    public String username() {
        return username;
    }

    /** The secret, for the registry client and the engine's auth config only. Never log it. */
    public String password() {
        return new String(password);
    }

    @Override
    public String toString() {
        return "RegistryCredentials{username=" + username + ", password=****}";
    }
}
