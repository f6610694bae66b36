package org.evidenz.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server (GreenMail) on a free port, and the application's mail sender pointed at it. */
@TestConfiguration(proxyBeanMethods = false)
public class TestMail {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    /** The plain-text part of a mail. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML part of a mail. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    /** Every link in the plain text that contains {@code fragment}, with the site's base address cut off. */
    public static List<String> links(MimeMessage message, String fragment) {
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("https?://[^/\\s]+(/\\S+)").matcher(text(message));
        while (m.find()) {
            if (m.group(1).contains(fragment)) {
                links.add(m.group(1));
            }
        }
        return links;
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
