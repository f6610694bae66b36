package org.evidenz.site;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat writes a response to the socket in pieces of its write buffer (8 KB by default): the 107 KB article page
 * took fourteen writes. A larger buffer sends a page from memory in few (docs/performance.md, ADR 25). It is per
 * open connection, so it stays moderate: 32 KB for each of up to 8,192 connections is at most 256 MB.
 */
@Configuration
class SocketWrites {

    static final int WRITE_BUFFER_BYTES = 32 * 1024;

    @Bean
    TomcatConnectorCustomizer largerSocketWrites() {
        return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES));
    }
}
