const base = process.argv[2];
const { startApiGatewayMock } = await import(base + "/apigateway/mock.js");
const { ApiGatewayClient, NotFoundException } = await import(base + "/apigateway/index.js");
const mock = await startApiGatewayMock();
const c = new ApiGatewayClient({ endpoint: mock.url, region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } });
const key = { restApiId: "api1", resourceId: "r1", httpMethod: "GET" };
console.log("put", await c.putMethod({ ...key, authorizationType: "NONE", operationName: "ListPets" }));
console.log("get", await c.getMethod(key));
console.log("update", await c.updateMethod({ ...key, patchOperations: [{ op: "replace", path: "/operationName", value: "X" }] }));
console.log("del", await c.deleteMethod(key));
try { await c.getMethod(key); } catch (e) { console.log("404?", e instanceof NotFoundException, e.status, e.message); }
console.log("account", await c.getAccount());
console.log("upd account", await c.updateAccount({ patchOperations: [{ op: "add", path: "/features", value: "UsagePlans" }] }));
await mock.close();
