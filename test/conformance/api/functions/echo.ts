// The conformance API's `echo` Lambda: returns its event, or fails when asked to (arguments.input.fail).
interface EchoEvent {
  arguments: { input?: { fail?: string } | null };
}

export async function handler(event: EchoEvent): Promise<EchoEvent> {
  const fail = event.arguments.input?.fail;
  if (fail) {
    throw new Error(fail);
  }
  return event;
}
