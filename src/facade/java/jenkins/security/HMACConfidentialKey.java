// Compile-only facade: signatures of org.jenkins-ci.main:jenkins-core:2.568.2 (binary compatible from 2.479.1).
// Never packaged; method bodies throw. See src/facade/README.md.
package jenkins.security;

/**
 * Constructors do nothing here, as in the real class, which reads its key lazily: a {@code static final} key field
 * must not break class initialisation in unit tests. The MAC methods throw.
 */
@SuppressWarnings("rawtypes")
public class HMACConfidentialKey extends ConfidentialKey {
    public HMACConfidentialKey(String id, int length) {
        super(id);
    }

    public HMACConfidentialKey(String id) {
        super(id);
    }

    public HMACConfidentialKey(Class owner, String shortName, int length) {
        super(owner.getName() + "." + shortName);
    }

    public HMACConfidentialKey(Class owner, String shortName) {
        super(owner.getName() + "." + shortName);
    }

    public synchronized byte[] mac(byte[] message) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean checkMac(byte[] message, byte[] mac) {
        throw new UnsupportedOperationException("facade");
    }

    public String mac(String message) {
        throw new UnsupportedOperationException("facade");
    }

    public boolean checkMac(String message, String mac) {
        throw new UnsupportedOperationException("facade");
    }
}
