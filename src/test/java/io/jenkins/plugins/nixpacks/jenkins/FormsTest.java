package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** Who sees the credentials list of the forms (the Credentials plugin's consumer guide). */
class FormsTest {
    private final List<String> asked = new ArrayList<>();

    @Test
    void outsideAJobOnlyAnAdministratorListsCredentials() {
        assertThat(Forms.mayListCredentials(false, answer("administer", true), fail(), fail()))
                .isTrue();
        assertThat(Forms.mayListCredentials(false, answer("administer", false), fail(), fail()))
                .isFalse();
        assertThat(asked).containsExactly("administer", "administer");
    }

    @Test
    void inAJobExtendedReadOrUseItemIsEnough() {
        assertThat(Forms.mayListCredentials(true, fail(), answer("extendedRead", true), fail()))
                .isTrue();
        assertThat(Forms.mayListCredentials(true, fail(), answer("extendedRead", false), answer("useItem", true)))
                .isTrue();
        assertThat(Forms.mayListCredentials(true, fail(), answer("extendedRead", false), answer("useItem", false)))
                .isFalse();
        assertThat(asked)
                .as("an administrator of Jenkins is not asked about inside a job: the job's ACL answers")
                .containsExactly("extendedRead", "extendedRead", "useItem", "extendedRead", "useItem");
    }

    private BooleanSupplier answer(String permission, boolean granted) {
        return () -> {
            asked.add(permission);
            return granted;
        };
    }

    private static BooleanSupplier fail() {
        return () -> {
            throw new AssertionError("this permission does not decide here");
        };
    }
}
