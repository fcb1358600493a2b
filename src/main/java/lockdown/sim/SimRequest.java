package lockdown.sim;

/** One request as the simulator's routing sees it, whichever front end received it. */
record SimRequest(String method, String path, String authorization, byte[] body, String from) {
}
