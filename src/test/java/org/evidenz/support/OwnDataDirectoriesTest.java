package org.evidenz.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Every test that starts the application keeps its files (search index, keys, an H2 file database) in a data
 * directory of its own, never in the developer's {@code ./data}, and shares one only with the test classes that share
 * its whole application ({@link ReaderSiteTest}, {@link EditorialTest}, {@link UnpublishedContentTest}): two running
 * applications writing one search index would disturb each other.
 */
class OwnDataDirectoriesTest {

    private static final String DATA_DIR = "evidenz.data-dir=";

    @Test
    void everyApplicationTestHasADataDirectoryNoOtherApplicationUses() throws ClassNotFoundException {
        List<String> withoutOwnDirectory = new ArrayList<>();
        Map<String, Set<String>> applicationsByDirectory = new TreeMap<>();
        for (Class<?> test : applicationTests()) {
            MergedAnnotation<SpringBootTest> boot = MergedAnnotations.from(test,
                    MergedAnnotations.SearchStrategy.TYPE_HIERARCHY).get(SpringBootTest.class);
            Optional<String> directory = Arrays.stream(boot.getStringArray("properties"))
                    .filter(p -> p.startsWith(DATA_DIR)).map(p -> p.substring(DATA_DIR.length())).findFirst();
            if (directory.isPresent()) {
                // Classes whose @SpringBootTest comes from one shared annotation, or from one superclass
                // (UnpublishedContentTest), share one application.
                String application = boot.getMetaSource() == null ? ((Class<?>) boot.getSource()).getName()
                        : boot.getRoot().getType().getName();
                applicationsByDirectory.computeIfAbsent(directory.get(), d -> new TreeSet<>()).add(application);
            } else if (!setsItDynamically(test)) {
                withoutOwnDirectory.add(test.getName());
            }
        }

        assertThat(withoutOwnDirectory).as("application tests without evidenz.data-dir of their own").isEmpty();
        assertThat(applicationsByDirectory).as("data directories used by more than one application")
                .allSatisfy((directory, applications) -> assertThat(applications).as(directory).hasSize(1));
    }

    /** A {@code @DynamicPropertySource} (a fresh directory per run) is trusted to set the data directory. */
    private static boolean setsItDynamically(Class<?> test) {
        return Arrays.stream(test.getDeclaredMethods())
                .anyMatch(m -> m.isAnnotationPresent(DynamicPropertySource.class));
    }

    private static List<Class<?>> applicationTests() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(SpringBootTest.class, true, true));
        List<Class<?>> tests = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.evidenz")) {
            tests.add(ClassUtils.forName(candidate.getBeanClassName(), OwnDataDirectoriesTest.class.getClassLoader()));
        }
        assertThat(tests).as("the scan finds the application tests").hasSizeGreaterThan(5);
        return tests;
    }
}
