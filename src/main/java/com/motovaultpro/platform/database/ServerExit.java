package com.motovaultpro.platform.database;

import java.util.logging.Logger;

/**
 * Ends the server process when it cannot run at all (e.g. invalid configuration), so that an
 * orchestrator sees the failure instead of a server that is up without its application.
 * The exit happens on its own thread: exiting on the starting thread would wait on itself.
 */
final class ServerExit {

    private static final Logger LOG = Logger.getLogger(ServerExit.class.getName());

    private ServerExit() {
    }

    static void soon(int status, String reason) {
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(500); // let the log lines above reach the console
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.severe("MotoVaultPro is stopping the server: " + reason);
            System.exit(status);
        }, "motovault-exit");
        exit.setDaemon(false);
        exit.start();
    }
}
