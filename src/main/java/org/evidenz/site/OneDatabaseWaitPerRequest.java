package org.evidenz.site;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * A web request waits for an unreachable database once, not once per attempt: after the pool's connection timeout
 * has run out in a request, every further connection it asks for fails at once. Spring Session alone tries to save
 * a new session twice (when the response commits, and again when its filter ends), and an error page may ask
 * again; each wait would add the full timeout and take the 503 past two seconds (docs/adr/0030). Threads outside a
 * request (jobs, the content version follower) are not affected. {@link DatabaseOutagePages} marks the request.
 */
@Component
class OneDatabaseWaitPerRequest implements BeanPostProcessor {

    /** Per request thread: null outside a request, false while the database has not failed it, true after. */
    private static final ThreadLocal<Boolean> FAILED = new ThreadLocal<>();

    static void begin() {
        FAILED.set(Boolean.FALSE);
    }

    static void end() {
        FAILED.remove();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof FailingFast)
                ? new FailingFast(dataSource) : bean;
    }

    private static final class FailingFast extends DelegatingDataSource {

        FailingFast(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return remembered(() -> super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return remembered(() -> super.getConnection(username, password));
        }

        private static Connection remembered(Opening opening) throws SQLException {
            if (Boolean.TRUE.equals(FAILED.get())) {
                throw new SQLTransientConnectionException("The database could not be reached earlier in this request",
                        "08001");
            }
            try {
                return opening.open();
            } catch (SQLException e) {
                if (FAILED.get() != null && DatabaseOutage.isCause(e)) {
                    FAILED.set(Boolean.TRUE);
                }
                throw e;
            }
        }
    }

    @FunctionalInterface
    private interface Opening {
        Connection open() throws SQLException;
    }
}
