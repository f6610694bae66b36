package org.evidenz.treatment;

import java.util.Locale;

/** CSS class names made from vocabulary values, for the stylesheet's badge and card variants. */
public final class CssClasses {

    private CssClasses() {
    }

    /** The value as a class name suffix: {@code SELF_PAY_IGEL} becomes {@code self-pay-igel}. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
