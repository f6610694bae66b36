package org.evidenz.shared;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * One secret key and the two things the modules do with one: encrypt with AES-256-GCM (the JDK's, a fresh random
 * 96-bit IV per value, 128-bit tag) and make keyed hashes with HMAC-SHA256. An encrypted value is stored as
 * {@code Base64(IV + ciphertext + tag)}; the associated data, when there is any, is authenticated but not stored.
 * Keys for separate purposes are derived with {@link #derive}, so that one configured secret can serve several.
 * <p>
 * A plain object, made with its key; whoever holds it decides where keys come from and what is stored beside a value.
 */
public final class SymmetricKey {

    /** The length of a key for AES-256, and of a generated or derived key. */
    public static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String AES = "AES/GCM/NoPadding";
    private static final String HMAC = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    /** A key of at least {@value #KEY_BYTES} bytes; encrypting needs exactly that many, hashing takes more. */
    public SymmetricKey(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("A key needs at least " + KEY_BYTES + " bytes, not " + key.length);
        }
        this.key = key.clone();
    }

    /** {@code count} random bytes from the JDK's strong random source: new keys, nonces, ids. */
    public static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The key for one purpose: the HMAC of the purpose's name under this key. */
    public SymmetricKey derive(String purpose) {
        return new SymmetricKey(mac(purpose));
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code data}. */
    public byte[] mac(String data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** {@link #mac} in lower-case hex, as look-up columns store it. */
    public String macHex(String data) {
        return HexFormat.of().formatHex(mac(data));
    }

    /** Whether {@code given} is the HMAC of {@code data}, compared in constant time. */
    public boolean macMatches(String data, byte[] given) {
        return given != null && MessageDigest.isEqual(mac(data), given);
    }

    /** Encrypts {@code plaintext}, binding {@code associatedData} (empty for none) to it. */
    public String encrypt(String plaintext, String associatedData) {
        try {
            byte[] iv = randomBytes(IV_BYTES);
            Cipher cipher = Cipher.getInstance(AES);
            cipher.init(Cipher.ENCRYPT_MODE, aesKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt", e);
        }
    }

    /**
     * Decrypts what {@link #encrypt} made with this key and the same associated data.
     *
     * @throws GeneralSecurityException when it was encrypted with another key or other associated data, was
     *         altered, or is no encrypted value at all
     */
    public String decrypt(String encrypted, String associatedData) throws GeneralSecurityException {
        byte[] in;
        try {
            in = Base64.getDecoder().decode(encrypted);
        } catch (IllegalArgumentException e) {
            throw new AEADBadTagException("Not Base64");
        }
        if (in.length < IV_BYTES) {
            throw new AEADBadTagException("Too short for an encrypted value");
        }
        Cipher cipher = Cipher.getInstance(AES);
        cipher.init(Cipher.DECRYPT_MODE, aesKey(), new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    }

    private SecretKeySpec aesKey() {
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException("AES-256 needs a key of exactly " + KEY_BYTES + " bytes; derive one");
        }
        return new SecretKeySpec(key, "AES");
    }
}
