package dev.fawkes.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedisTestServerIT {

    @Test
    void answersPing_overTheRedisProtocol() throws Exception {
        RedisTestServer redis = RedisTestServer.get();
        try (Socket socket = new Socket(redis.host(), redis.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("*1\r\n$4\r\nPING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(in.readLine()).isEqualTo("+PONG");
        }
    }

    @Test
    void isStartedOncePerRun() {
        assertThat(RedisTestServer.get()).isSameAs(RedisTestServer.get());
    }
}
