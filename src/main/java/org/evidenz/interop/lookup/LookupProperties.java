package org.evidenz.interop.lookup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code evidenz.interop.lookup.*}.
 *
 * @param maxRequestSize the largest CDS Hooks request body we read; larger ones get 413. A patient's prefetched
 *     Conditions rarely pass a few hundred kilobytes, and an endpoint open to every system must not read without
 *     end.
 */
@ConfigurationProperties("evidenz.interop.lookup")
record LookupProperties(@DefaultValue("1MB") DataSize maxRequestSize) {
}
