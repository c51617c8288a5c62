import { AmplifyBackendClient, CreateBackendAPICommand, UpdateBackendAPICommand, GetBackendAPICommand, DeleteBackendAPICommand } from "@aws-sdk/client-amplifybackend";
import { createServer } from "node:http";
const bodies: string[] = [];
const server = createServer((req, res) => { let b = ""; req.on("data", (c) => (b += c)); req.on("end", () => { bodies.push(b); res.writeHead(500); res.end("{}"); }); });
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const port = (server.address() as any).port;
const c = new AmplifyBackendClient({ endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" }, maxAttempts: 1 });
const rc = { ApiName: "x", Service: "AppSync", TransformSchema: "t" };
for (const cmd of [new CreateBackendAPICommand({ AppId: "a", BackendEnvironmentName: "e", ResourceName: "n", ResourceConfig: rc }), new UpdateBackendAPICommand({ AppId: "a", BackendEnvironmentName: "e", ResourceName: "n", ResourceConfig: rc }), new GetBackendAPICommand({ AppId: "a", BackendEnvironmentName: "e", ResourceName: "n", ResourceConfig: rc }), new DeleteBackendAPICommand({ AppId: "a", BackendEnvironmentName: "e", ResourceName: "n", ResourceConfig: rc })]) {
  try { await c.send(cmd as any); } catch {}
}
console.log(bodies.join("\n"));
server.close();
