package org.evidenz.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM with a fresh IV per value, HMAC-SHA256, derived keys and the generated key file. */
class SymmetricKeyTest {

    private final SymmetricKey key = new SymmetricKey(SymmetricKey.randomBytes(32));

    @Test
    void theSameTextEncryptsDifferentlyEachTimeAndDecryptsBackOnlyWithTheSameAssociatedData() throws Exception {
        String a = key.encrypt("Rückenschmerzen", "k1");
        String b = key.encrypt("Rückenschmerzen", "k1");
        assertThat(a).isNotEqualTo(b).doesNotContain("Rücken");
        assertThat(Base64.getDecoder().decode(a)).hasSize(12 + "Rückenschmerzen".getBytes("UTF-8").length + 16);
        assertThat(key.decrypt(a, "k1")).isEqualTo("Rückenschmerzen");
        assertThatThrownBy(() -> key.decrypt(a, "k2")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void anotherKeyAnAlteredValueOrGarbageIsAnErrorNotText() {
        String sealed = key.encrypt("secret", "");
        SymmetricKey other = new SymmetricKey(SymmetricKey.randomBytes(32));
        assertThatThrownBy(() -> other.decrypt(sealed, "")).isInstanceOf(GeneralSecurityException.class);
        byte[] altered = Base64.getDecoder().decode(sealed);
        altered[13] ^= 1;
        assertThatThrownBy(() -> key.decrypt(Base64.getEncoder().encodeToString(altered), ""))
                .isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> key.decrypt("not base64!", "")).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> key.decrypt("AAAA", "")).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void theKeyedHashIsHmacSha256() {
        // RFC 4231, test case 6: a key longer than the block size
        byte[] bytes = new byte[131];
        Arrays.fill(bytes, (byte) 0xaa);
        SymmetricKey rfc = new SymmetricKey(bytes);
        String data = "Test Using Larger Than Block-Size Key - Hash Key First";
        assertThat(rfc.macHex(data)).isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertThat(rfc.macMatches(data, HexFormat.of().parseHex(rfc.macHex(data)))).isTrue();
        assertThat(rfc.macMatches(data + ".", HexFormat.of().parseHex(rfc.macHex(data)))).isFalse();
        assertThat(rfc.macMatches(data, null)).isFalse();
    }

    @Test
    void derivedKeysDifferPerPurposeAndStayTheSame() throws Exception {
        SymmetricKey links = key.derive("links");
        assertThat(links.macHex("x")).isEqualTo(key.derive("links").macHex("x"))
                .isNotEqualTo(key.derive("addresses").macHex("x")).isNotEqualTo(key.macHex("x"));
        assertThat(links.decrypt(key.derive("links").encrypt("a", ""), "")).isEqualTo("a");
    }

    @Test
    void aShortKeyIsRefusedAndALongOneOnlyHashes() {
        assertThatThrownBy(() -> new SymmetricKey(new byte[16])).hasMessageContaining("32 bytes");
        SymmetricKey longer = new SymmetricKey(new byte[40]);
        assertThat(longer.macHex("x")).hasSize(64);
        assertThatThrownBy(() -> longer.encrypt("x", "")).hasMessageContaining("exactly 32 bytes");
    }

    @Test
    void aGeneratedKeyFileHoldsOneKeyReadableByItsOwnerOnly(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("keys/new.key");
        assertThat(KeyFile.read(file)).isEmpty();
        String created = KeyFile.create(file);
        assertThat(Base64.getDecoder().decode(created)).hasSize(32);
        assertThat(KeyFile.read(file)).contains(created);
        assertThat(Files.readString(file)).isEqualTo(created + "\n");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThatThrownBy(() -> KeyFile.create(file)).isInstanceOf(IOException.class);
    }
}
