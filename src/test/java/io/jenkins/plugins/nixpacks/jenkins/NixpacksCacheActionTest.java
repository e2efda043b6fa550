package io.jenkins.plugins.nixpacks.jenkins;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.model.UnprotectedRootAction;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.interceptor.RequirePOST;
import org.kohsuke.stapler.verb.POST;

class NixpacksCacheActionTest {
    private static final String UPLOAD = "/nixpacks-cache/dGVhbS9hcHAjNDJAMDAxMQ.0.1785582000.q83vEjH7a0zLxM1-_w/0";

    @Test
    void isAnUnprotectedRootActionAtNixpacksCache() {
        assertThat(new NixpacksCacheAction().getUrlName()).isEqualTo("nixpacks-cache");
        assertThat(UnprotectedRootAction.class).isAssignableFrom(NixpacksCacheAction.class);
        assertThat(NixpacksCacheAction.class.isAnnotationPresent(Extension.class))
                .isTrue();
        assertThat(NixpacksCacheAction.CrumbExclusionImpl.class.isAnnotationPresent(Extension.class))
                .isTrue();
    }

    @Test
    void doDynamicTakesEveryMethodSoPutReachesTheHandler() throws NoSuchMethodException {
        Method m = NixpacksCacheAction.class.getMethod("doDynamic", StaplerRequest2.class, StaplerResponse2.class);

        assertThat(Modifier.isPublic(m.getModifiers())).isTrue();
        assertThat(m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(RequirePOST.class))
                .as("@POST would refuse curl -T's PUT")
                .isFalse();
    }

    @Test
    void theCrumbExclusionPassesExactlyAnUploadPath() throws Exception {
        List<String> passed = new ArrayList<>();
        FilterChain chain = (req, rsp) -> passed.add(((HttpServletRequest) req).getPathInfo());
        NixpacksCacheAction.CrumbExclusionImpl exclusion = new NixpacksCacheAction.CrumbExclusionImpl();

        boolean excluded = exclusion.process(request(UPLOAD), new FakeHttp.Response().servlet, chain);

        assertThat(excluded).isTrue();
        assertThat(passed).containsExactly(UPLOAD);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/configSubmit",
                "/nixpacks-cache",
                "/nixpacks-cache/",
                "/nixpacks-cache/token",
                "/nixpacks-cache/token/0/more",
                "/nixpacks-cache/token/x",
                "/nixpacks-cache/token/12345",
                "/nixpacks-cache/../configSubmit/0",
                "/nixpacks-cache/./0",
                "/nixpacks-cache/a..b/0",
                "/nixpacks-cache/.a/0",
                "/nixpacks-cache/a;jsessionid=1/0",
                "/nixpacks-cache/a%2F..%2Fb/0",
                "/nixpacks-cacheX/token/0",
                "/job/x/nixpacks-cache/token/0",
                "//nixpacks-cache/token/0",
                "/NIXPACKS-CACHE/token/0",
                ""
            })
    void theCrumbExclusionLeavesEveryOtherPathToTheCrumbFilter(String path) throws Exception {
        List<String> passed = new ArrayList<>();
        FilterChain chain = (req, rsp) -> passed.add("called");

        boolean excluded = new NixpacksCacheAction.CrumbExclusionImpl()
                .process(request(path), new FakeHttp.Response().servlet, chain);

        assertThat(excluded).as(path).isFalse();
        assertThat(passed).as("the chain is the crumb filter's business").isEmpty();
    }

    @Test
    void aRequestWithoutPathInfoIsNotExcluded() throws Exception {
        assertThat(new NixpacksCacheAction.CrumbExclusionImpl()
                        .process(request(null), new FakeHttp.Response().servlet, (req, rsp) -> {}))
                .isFalse();
    }

    private static HttpServletRequest request(String pathInfo) {
        return FakeHttp.request("POST", pathInfo, new byte[0]);
    }
}
