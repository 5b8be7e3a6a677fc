package com.motovaultpro.platform.database;

import java.util.logging.Logger;

/**
 * Ends the server process when the application cannot run at all (invalid configuration, a
 * database that never answered, a failed migration), so that an orchestrator sees the failure
 * and restarts it instead of keeping a server up without its application. Called after the
 * embedded database (if any) is stopped. It halts on its own thread once the log lines are out:
 * exiting on the starting thread would wait on itself, and System.exit would make Liberty print
 * the caller's stack trace, burying the one line that tells the operator what to fix.
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
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(status);
        }, "motovault-exit");
        exit.setDaemon(false);
        exit.start();
    }
}
