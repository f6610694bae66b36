package org.evidenz.interop.lookup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.evidenz.condition.ConditionCode;

/**
 * A diagnosis code a health record asks about, in the system it names.
 *
 * <p>An ICD-10 code should find the condition coded with it or with one of its parents: a record that codes more
 * specifically than we do (M54.50) still means what our coarser code (M54.5) covers. The reverse should not hold: a
 * condition coded M54.5 is not what every M54 means. SNOMED CT codes match only exactly, since we hold no SNOMED
 * hierarchy to find parents in.
 */
record RequestedCode(RequestedSystem system, String code) {

    /** Whether one of a condition's codes answers this request. */
    boolean isAnsweredBy(ConditionCode ours) {
        return system.includes(ours) && candidates().contains(normalised(ours.code()));
    }

    /** The code and, for ICD-10, its parents down to the three-character category: M54.50, M54.5, M54. */
    List<String> candidates() {
        String code = normalised(this.code);
        if (!system.isIcd10()) {
            return List.of(code);
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(code);
        for (String shorter = code; shorter.length() > 3; ) {
            shorter = shorter.substring(0, shorter.length() - 1);
            if (shorter.endsWith(".")) {
                shorter = shorter.substring(0, shorter.length() - 1);
            }
            candidates.add(shorter);
        }
        return candidates;
    }

    /**
     * ICD-10 codes as records write them: in any case, with or without the dot (M545), and in ICD-10-GM with the
     * marks of the cross-and-asterisk system or of secondary codes (†, *, !, +) behind them.
     */
    private String normalised(String raw) {
        String code = raw.strip();
        if (!system.isIcd10()) {
            return code;
        }
        code = code.toUpperCase(Locale.ROOT).replaceAll("[†*!+\\s]+$", "");
        if (code.length() > 3 && code.indexOf('.') < 0) {
            code = code.substring(0, 3) + "." + code.substring(3);
        }
        return code;
    }
}
