/**
 * A hand-written service whose resources have a lifecycle: stores with
 * generated ids, pets living in stores (create, read, update, patch,
 * delete, list, upsert), a singleton with an initial instance, toys in
 * warehouses nobody can create, and authorizers present from the start in
 * every project (Huawei style), until deleted.
 */
import type { MockDefinition } from "../../../src/runtime/mock/types.js";
import type { MockOperationData, MockTable } from "../../../src/runtime/table/mock-types.js";
import type { ServiceTable, TableOperation } from "../../../src/runtime/table/types.js";
import { ok } from "./tables.js";
import { protocolFor } from "../../support/protocols.js";

const errors = ["BadRequestException", "NotFoundException", "ConflictException"];
const op = (method: TableOperation["method"], path: string, input: string, output: string | undefined, status = 200): TableOperation => ({
  method,
  path,
  status,
  input,
  ...(output ? { output } : {}),
  errors,
});

export const petStore: ServiceTable = {
  id: "petstore",
  name: "PetStore",
  title: "Pet store",
  protocol: "aws-rest-json",
  auth: { scheme: "sigv4", signingName: "petstore" },
  rejectUnknownInput: true,
  shapes: {
    CreateStoreRequest: [["name", "string"]],
    StoreRequest: [["storeId", "string", "store_id", "path"]],
    Store: [["id", "string"], ["name", "string"]],
    PetRequest: [
      ["storeId", "string", "store_id", "path"],
      ["petName", "string", "pet_name", "path"],
      ["kind", "string"],
      ["age", "integer"],
      ["tags", ["list", "string"]],
    ],
    PatchPetRequest: [
      ["storeId", "string", "store_id", "path"],
      ["petName", "string", "pet_name", "path"],
      ["patchOperations", ["list", "PatchOperation"]],
    ],
    PatchOperation: [["op", "string"], ["path", "string"], ["value", "string"], ["from", "string"]],
    Pet: [["name", "string"], ["kind", "string"], ["age", "integer"], ["tags", ["list", "string"]], ["note", "string"]],
    PetList: [["pets", ["list", "Pet"]], ["store", "string"]],
    SettingsRequest: [],
    PatchSettingsRequest: [["patchOperations", ["list", "PatchOperation"]]],
    Settings: [["theme", "string"], ["features", ["list", "string"]]],
    ToyRequest: [
      ["warehouseId", "string", "warehouse_id", "path"],
      ["toyId", "string", "toy_id", "path"],
      ["description", "string"],
    ],
    WarehouseRequest: [["warehouseId", "string", "warehouse_id", "path"]],
    Toy: [["toyId", "string", "toy_id"], ["description", "string"]],
    ToyList: [["toys", ["list", "Toy"]]],
    AuthorizerRequest: [
      ["project", "string", "project", "path"],
      ["authorizerId", "string", "authorizer_id", "path"],
    ],
    ProjectRequest: [["project", "string", "project", "path"]],
    Authorizer: [["id", "string"], ["name", "string"]],
    AuthorizerList: [["authorizers", ["list", "Authorizer"]]],
  },
  errors: {
    BadRequestException: { status: 400, code: "BadRequestException", members: [["message", "string"]] },
    NotFoundException: { status: 404, code: "NotFoundException", members: [["message", "string"]] },
    ConflictException: { status: 409, code: "ConflictException", members: [["message", "string"]] },
  },
  operations: {
    CreateStore: op("POST", "/stores", "CreateStoreRequest", "Store", 201),
    GetStore: op("GET", "/stores/{store_id}", "StoreRequest", "Store"),
    CreatePet: op("PUT", "/stores/{store_id}/pets/{pet_name}", "PetRequest", "Pet", 201),
    GetPet: op("GET", "/stores/{store_id}/pets/{pet_name}", "PetRequest", "Pet"),
    UpdatePet: op("POST", "/stores/{store_id}/pets/{pet_name}", "PetRequest", "Pet"),
    PatchPet: op("PATCH", "/stores/{store_id}/pets/{pet_name}", "PatchPetRequest", "Pet"),
    DeletePet: op("DELETE", "/stores/{store_id}/pets/{pet_name}", "PetRequest", undefined, 204),
    ListPets: op("GET", "/stores/{store_id}/pets", "StoreRequest", "PetList"),
    PutPetProfile: op("PUT", "/stores/{store_id}/pets/{pet_name}/profile", "PetRequest", "Pet"),
    GetSettings: op("GET", "/settings", "SettingsRequest", "Settings"),
    PatchSettings: op("PATCH", "/settings", "PatchSettingsRequest", "Settings"),
    PutToy: op("PUT", "/warehouses/{warehouse_id}/toys/{toy_id}", "ToyRequest", "Toy", 201),
    ListToys: op("GET", "/warehouses/{warehouse_id}/toys", "WarehouseRequest", "ToyList"),
    GetAuthorizer: op("GET", "/projects/{project}/authorizers/{authorizer_id}", "AuthorizerRequest", "Authorizer"),
    DeleteAuthorizer: op("DELETE", "/projects/{project}/authorizers/{authorizer_id}", "AuthorizerRequest", undefined, 204),
    ListAuthorizers: op("GET", "/projects/{project}/authorizers", "ProjectRequest", "AuthorizerList"),
  },
};

const data = (resource: string, action: NonNullable<MockOperationData["resource"]>["action"], more: Partial<NonNullable<MockOperationData["resource"]>> = {}, sample?: MockOperationData["sample"]): MockOperationData => ({
  validateInput: ok,
  ...(sample !== undefined ? { sample } : {}),
  resource: { resource, action, notFoundError: "NotFoundException", conflictError: "ConflictException", invalidPatchError: "BadRequestException", ...more },
});

export const petStoreMock: MockTable = {
  operations: {
    CreateStore: data("Store", "create"),
    GetStore: data("Store", "read"),
    CreatePet: data("Pet", "create", { echo: { name: "petName" } }, { note: "new" }),
    GetPet: data("Pet", "read"),
    UpdatePet: data("Pet", "update", { echo: { name: "petName" } }),
    PatchPet: data("Pet", "patch", { readOnlyPaths: ["/name"] }),
    DeletePet: data("Pet", "delete"),
    ListPets: data("Pet", "list", { items: "pets" }, { store: "main" }),
    PutPetProfile: data("Pet", "upsert", { echo: { name: "petName" } }, { note: "profile" }),
    GetSettings: data("Settings", "read"),
    PatchSettings: data("Settings", "patch"),
    PutToy: data("Toy", "create"),
    ListToys: data("Toy", "list"),
    GetAuthorizer: data("Authorizer", "read"),
    DeleteAuthorizer: data("Authorizer", "delete"),
    ListAuthorizers: data("Authorizer", "list", { items: "authorizers" }),
  },
  resources: {
    Store: { key: ["storeId"], id: { member: "storeId", output: "id" } },
    Pet: { key: ["storeId", "petName"], parent: "Store" },
    Settings: { key: [], initial: [{ value: { theme: "dark", features: [] } }] },
    Warehouse: { key: ["warehouseId"] },
    Toy: { key: ["warehouseId", "toyId"], parent: "Warehouse" },
    Authorizer: {
      key: ["project", "authorizerId"],
      initial: [{ key: { authorizerId: "0d982c1ac3da493dae47627b6439fc5c" }, value: { id: "0d982c1ac3da493dae47627b6439fc5c", name: "Authorizer_demo" } }],
    },
  },
};

export const petStoreDefinition: MockDefinition = { service: petStore, protocol: protocolFor((petStore).protocol), mock: petStoreMock };
