package dev.moderato.notify;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each class of address a webhook may not reach, and public ones that it may. */
class PublicAddressesTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "127.0.0.1, loopback", "127.255.0.9, loopback", "::1, loopback",
            "0.0.0.0, unspecified", "::, unspecified", "0.1.2.3, unspecified",
            "10.1.2.3, private", "172.16.0.1, private", "172.31.255.254, private", "192.168.1.1, private",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "fd00::1, unique-local", "fc12:3456::1, unique-local",
            "100.64.0.1, shared", "100.127.255.254, shared",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "198.18.0.1, reserved", "192.0.0.8, reserved", "240.0.0.1, reserved", "255.255.255.255, reserved",
            "::ffff:127.0.0.1, loopback", "::ffff:169.254.169.254, link-local",
            "::10.0.0.1, private (embedded IPv4)", "64:ff9b::a9fe:a9fe, link-local (embedded IPv4)"})
    void refusesEachClassOfInsideAddress(String address, String refusal) throws Exception {
        assertEquals(Optional.of(refusal), PublicAddresses.refusal(InetAddress.getByName(address)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111", "64:ff9b::5db8:d70e"})
    void acceptsPublicAddresses(String address) throws Exception {
        assertEquals(Optional.empty(), PublicAddresses.refusal(InetAddress.getByName(address)));
    }
}
