package io.jenkins.plugins.nixpacks.jenkins;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.model.InvisibleAction;
import hudson.model.Run;
import hudson.model.UnprotectedRootAction;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.security.csrf.CrumbExclusion;
import io.jenkins.plugins.nixpacks.cache.receiver.Limits;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jenkins.security.HMACConfidentialKey;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.springframework.security.access.AccessDeniedException;

/**
 * The endpoint agents send new cache layers to: {@code PUT /nixpacks-cache/<token public part>/<index>}.
 * Unprotected, because the caller is the agent process of a build, which has no Jenkins identity of its own; every
 * request carries a proof signed with the HMAC token of one directory of one build step over the exact layers it
 * sends, is accepted once per directory, and only while that step's session is open and its run is building (see
 * {@link CacheReceiver} and the receiver's {@code CacheUploadHandler}).
 */
@Extension
public final class NixpacksCacheAction extends InvisibleAction implements UnprotectedRootAction {
    private static final Logger LOGGER = Logger.getLogger(NixpacksCacheAction.class.getName());

    /** Kept in JENKINS_HOME/secrets, so tokens survive a restart of the controller (their sessions do not). */
    private static final HMACConfidentialKey KEY = new HMACConfidentialKey(NixpacksCacheAction.class, "uploadToken");

    /**
     * One token segment (base64url parts joined by single dots, so never {@code .} or {@code ..}) and a decimal
     * index, below {@code /nixpacks-cache/}.
     */
    private static final Pattern UPLOAD_PATH =
            Pattern.compile("/" + CacheReceiver.URL_NAME + "/[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*/[0-9]{1,4}");

    private CacheReceiver receiver;

    @Override
    public String getUrlName() {
        return CacheReceiver.URL_NAME;
    }

    /**
     * Every method and every path below {@code /nixpacks-cache/} lands here; the handler answers 405 to anything but
     * PUT. Not {@code @POST}: that would refuse the PUT.
     */
    public void doDynamic(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException {
        receiver().handle(req, rsp, req.getRestOfPath());
    }

    /** The controller's receiver, made on first use. */
    static CacheReceiver receiver() throws IOException {
        return ExtensionList.lookupSingleton(NixpacksCacheAction.class).get();
    }

    private synchronized CacheReceiver get() throws IOException {
        if (receiver == null) {
            receiver = new CacheReceiver(
                    KEY::mac,
                    Clock.systemUTC(),
                    NixpacksCacheAction::isBuilding,
                    NixpacksCacheAction::limits,
                    message -> LOGGER.log(Level.FINE, message));
        }
        return receiver;
    }

    /** The request is anonymous, so the run is looked up as SYSTEM; only its existence and state are read. */
    static boolean isBuilding(String externalizableId) {
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            Run<?, ?> run = Run.fromExternalizableId(externalizableId);
            return run != null && run.isBuilding();
        } catch (IllegalArgumentException | AccessDeniedException e) {
            return false;
        }
    }

    static Limits limits() {
        NixpacksGlobalConfiguration config = NixpacksGlobalConfiguration.get();
        return Limits.defaults()
                .withMaxFileBytes(config.getMaxUploadBytesPerDirectory())
                .withMaxBuildBytes(config.getMaxUploadBytesPerBuild())
                .withMaxTotalBytes(config.getMaxUploadBytesTotal());
    }

    /**
     * Lets requests to exactly {@code /nixpacks-cache/<token public part>/<index>} through without a crumb: the
     * caller has no session to get one from, and the signed proof is the check. PUT is never crumb-checked anyway;
     * the exclusion stays exact so no other path of Jenkins loses its crumb check.
     */
    @Extension
    public static final class CrumbExclusionImpl extends CrumbExclusion {
        @Override
        public boolean process(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (!isUploadPath(request.getPathInfo())) {
                return false;
            }
            chain.doFilter(request, response);
            return true;
        }
    }

    static boolean isUploadPath(@CheckForNull String pathInfo) {
        return pathInfo != null && UPLOAD_PATH.matcher(pathInfo).matches();
    }
}
