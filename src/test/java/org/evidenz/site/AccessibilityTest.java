package org.evidenz.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.evidenz.support.Chromium;
import org.evidenz.support.ReaderSiteTest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core finds no serious or critical WCAG 2.2 AA violation on any reader page, as rendered by Chromium. */
@ReaderSiteTest
class AccessibilityTest {

    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @FieldSource("org.evidenz.support.ReaderPages#ALL")
    void pageHasNoSeriousOrCriticalAccessibilityViolation(String path) {
        chromium.driver().get("http://localhost:" + port + path);

        Results results = new AxeBuilder().withTags(WCAG_AA).analyze(chromium.driver());

        assertThat(results.isErrored()).as("axe-core failed on %s: %s", path, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked something on %s", path).isNotEmpty();
        List<Rule> blocking = results.getViolations().stream().filter(rule -> BLOCKING.contains(rule.getImpact()))
                .toList();
        assertThat(blocking).withFailMessage(() -> path + " has accessibility violations:\n" + describe(blocking))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "  " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " ["
                        + rule.getNodes().size() + " elements]\n" + rule.getNodes().stream().limit(5)
                                .map(CheckedNode::getTarget).map(target -> "      " + target)
                                .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
