import {
  codePointLength,
  invalid,
  MAX_ITEMS,
  MAX_PROBLEMS,
  keyToken,
  PATH,
  pathOf,
  problem,
  VALID
} from "./runtime/validation/validation.js";
const hasOwn = Object.prototype.hasOwnProperty;
const RE0 = /^[A-Za-z][A-Za-z0-9_]*$/u;
const RE1 = /^[A-Za-z0-9_-]+$/u;
function c$AuthorizerType(x) {
  return x === "FUNC";
}
function c$CustomAuthorizerType(x) {
  return x === "FRONTEND" || x === "BACKEND";
}
function c$GatewayResponseType(x) {
  return x === "AUTH_FAILURE" || x === "AUTH_HEADER_MISSING" || x === "AUTHORIZER_FAILURE" || x === "AUTHORIZER_CONF_FAILURE" || x === "AUTHORIZER_IDENTITIES_FAILURE" || x === "BACKEND_UNAVAILABLE" || x === "BACKEND_TIMEOUT" || x === "THROTTLED" || x === "UNAUTHORIZED" || x === "ACCESS_DENIED" || x === "NOT_FOUND" || x === "REQUEST_PARAMETERS_FAILURE" || x === "DEFAULT_4XX" || x === "DEFAULT_5XX" || x === "THIRD_AUTH_FAILURE" || x === "THIRD_AUTH_IDENTITIES_FAILURE" || x === "THIRD_AUTH_CONF_FAILURE";
}
function c$IdentityLocation(x) {
  return x === "HEADER" || x === "QUERY";
}
function c$NetworkType(x) {
  return x === "V1" || x === "V2";
}
function c$Identity$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.location;
  if (m1 === void 0) return false;
  if (!c$IdentityLocation(m1)) return false;
  const m2 = o.name;
  if (m2 === void 0) return false;
  if (typeof m2 !== "string") return false;
  const m3 = o.validation;
  if (m3 !== void 0) {
    if (typeof m3 !== "string") return false;
  }
  return true;
}
function v$Identity$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.location;
    if (m1 === void 0) ps.push(problem(pathOf(d, "/location"), "required", "is required"));
    else {
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/location"), "type", "must be a string"));
      else {
        if (!c$IdentityLocation(m1))
          ps.push(problem(pathOf(d, "/location"), "enum", "must be one of HEADER, QUERY"));
      }
    }
    const m2 = o.name;
    if (m2 === void 0) ps.push(problem(pathOf(d, "/name"), "required", "is required"));
    else {
      if (typeof m2 !== "string") ps.push(problem(pathOf(d, "/name"), "type", "must be a string"));
    }
    const m3 = o.validation;
    if (m3 !== void 0) {
      if (typeof m3 !== "string")
        ps.push(problem(pathOf(d, "/validation"), "type", "must be a string"));
    }
  }
}
function c$Identity$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 2;
  const m1 = o.location;
  if (m1 === void 0) return false;
  if (!c$IdentityLocation(m1)) return false;
  const m2 = o.name;
  if (m2 === void 0) return false;
  if (typeof m2 !== "string") return false;
  const m3 = o.validation;
  if (m3 !== void 0) {
    if (typeof m3 !== "string") return false;
    n0++;
  }
  let c4 = 0;
  for (const _k in o) c4++;
  if (c4 !== n0 && !k$Identity(o)) return false;
  return true;
}
function k$Identity(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "location":
      case "name":
      case "validation":
        continue;
    }
    return false;
  }
  return true;
}
function v$Identity$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.location;
    if (m1 === void 0) ps.push(problem(pathOf(d, "/location"), "required", "is required"));
    else {
      n0++;
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/location"), "type", "must be a string"));
      else {
        if (!c$IdentityLocation(m1))
          ps.push(problem(pathOf(d, "/location"), "enum", "must be one of HEADER, QUERY"));
      }
    }
    const m2 = o.name;
    if (m2 === void 0) ps.push(problem(pathOf(d, "/name"), "required", "is required"));
    else {
      n0++;
      if (typeof m2 !== "string") ps.push(problem(pathOf(d, "/name"), "type", "must be a string"));
    }
    const m3 = o.validation;
    if (m3 !== void 0) {
      n0++;
      if (typeof m3 !== "string")
        ps.push(problem(pathOf(d, "/validation"), "type", "must be a string"));
    }
    let c4 = 0;
    for (const _k in o) c4++;
    if (c4 !== n0)
      for (const k5 in o) {
        if (!hasOwn.call(o, k5)) continue;
        switch (k5) {
          case "location":
          case "name":
          case "validation":
            continue;
        }
        ps.push(problem(pathOf(d, keyToken(k5)), "unknownMember", "is not a member of Identity"));
      }
  }
}
function c$ResponseInfo$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.body;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
    n0++;
  }
  const m2 = o.status;
  if (m2 !== void 0) {
    if (typeof m2 !== "number" || !Number.isInteger(m2) || m2 < 200 || m2 > 599 || m2 === 444)
      return false;
    n0++;
  }
  let c3 = 0;
  for (const _k in o) c3++;
  if (c3 !== n0 && !k$ResponseInfo(o)) return false;
  return true;
}
function k$ResponseInfo(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "body":
      case "status":
        continue;
    }
    return false;
  }
  return true;
}
function v$ResponseInfo$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.body;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "string") ps.push(problem(pathOf(d, "/body"), "type", "must be a string"));
    }
    const m2 = o.status;
    if (m2 !== void 0) {
      n0++;
      if (typeof m2 !== "number" || !Number.isInteger(m2))
        ps.push(problem(pathOf(d, "/status"), "type", "must be an integer"));
      else {
        if (m2 < 200)
          ps.push(
            problem(pathOf(d, "/status"), "minimum", "must be between 200 and 599 and not 444")
          );
        if (m2 > 599)
          ps.push(
            problem(pathOf(d, "/status"), "maximum", "must be between 200 and 599 and not 444")
          );
        if (m2 === 444)
          ps.push(
            problem(pathOf(d, "/status"), "excluded", "must be between 200 and 599 and not 444")
          );
      }
    }
    let c3 = 0;
    for (const _k in o) c3++;
    if (c3 !== n0)
      for (const k4 in o) {
        if (!hasOwn.call(o, k4)) continue;
        switch (k4) {
          case "body":
          case "status":
            continue;
        }
        ps.push(
          problem(pathOf(d, keyToken(k4)), "unknownMember", "is not a member of ResponseInfo")
        );
      }
  }
}
function c$ResponseInfoResp$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.body;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
  }
  const m2 = o.default;
  if (m2 !== void 0) {
    if (typeof m2 !== "boolean") return false;
  }
  const m3 = o.status;
  if (m3 !== void 0) {
    if (typeof m3 !== "number" || !Number.isInteger(m3) || m3 < 200 || m3 > 599 || m3 === 444)
      return false;
  }
  return true;
}
function v$ResponseInfoResp$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.body;
    if (m1 !== void 0) {
      if (typeof m1 !== "string") ps.push(problem(pathOf(d, "/body"), "type", "must be a string"));
    }
    const m2 = o.default;
    if (m2 !== void 0) {
      if (typeof m2 !== "boolean")
        ps.push(problem(pathOf(d, "/default"), "type", "must be a boolean"));
    }
    const m3 = o.status;
    if (m3 !== void 0) {
      if (typeof m3 !== "number" || !Number.isInteger(m3))
        ps.push(problem(pathOf(d, "/status"), "type", "must be an integer"));
      else {
        if (m3 < 200)
          ps.push(
            problem(pathOf(d, "/status"), "minimum", "must be between 200 and 599 and not 444")
          );
        if (m3 > 599)
          ps.push(
            problem(pathOf(d, "/status"), "maximum", "must be between 200 and 599 and not 444")
          );
        if (m3 === 444)
          ps.push(
            problem(pathOf(d, "/status"), "excluded", "must be between 200 and 599 and not 444")
          );
      }
    }
  }
}
function c$UpdateCustomAuthorizerRequest$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 7;
  const m1 = o.authorizer_alias_uri;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
    n0++;
  }
  const m2 = o.authorizer_id;
  if (m2 === void 0) return false;
  if (typeof m2 !== "string") return false;
  const m3 = o.authorizer_type;
  if (m3 === void 0) return false;
  if (!c$AuthorizerType(m3)) return false;
  const m4 = o.authorizer_uri;
  if (m4 === void 0) return false;
  if (typeof m4 !== "string") return false;
  const m5 = o.authorizer_version;
  if (m5 !== void 0) {
    if (typeof m5 !== "string" || m5.length > 64 && codePointLength(m5) > 64) return false;
    n0++;
  }
  const m6 = o.identities;
  if (m6 !== void 0) {
    if (!Array.isArray(m6) || m6.length > MAX_ITEMS) return false;
    for (let i7 = 0; i7 < m6.length; i7++) {
      const x8 = m6[i7];
      if (!c$Identity$r(x8)) return false;
    }
    n0++;
  }
  const m9 = o.instance_id;
  if (m9 === void 0) return false;
  if (typeof m9 !== "string") return false;
  const m10 = o.ld_api_id;
  if (m10 !== void 0) {
    if (typeof m10 !== "string") return false;
    n0++;
  }
  const m11 = o.name;
  if (m11 === void 0) return false;
  if (typeof m11 !== "string" || m11.length < 3 || m11.length < 6 && codePointLength(m11) < 3 || m11.length > 64 && codePointLength(m11) > 64 || !RE0.test(m11))
    return false;
  const m12 = o.need_body;
  if (m12 !== void 0) {
    if (typeof m12 !== "boolean") return false;
    n0++;
  }
  const m13 = o.network_type;
  if (m13 !== void 0) {
    if (!c$NetworkType(m13)) return false;
    n0++;
  }
  const m14 = o.project_id;
  if (m14 === void 0) return false;
  if (typeof m14 !== "string") return false;
  const m15 = o.ttl;
  if (m15 !== void 0) {
    if (typeof m15 !== "number" || !Number.isInteger(m15)) return false;
    n0++;
  }
  const m16 = o.type;
  if (m16 === void 0) return false;
  if (!c$CustomAuthorizerType(m16)) return false;
  const m17 = o.user_data;
  if (m17 !== void 0) {
    if (typeof m17 !== "string") return false;
    n0++;
  }
  let c18 = 0;
  for (const _k in o) c18++;
  if (c18 !== n0 && !k$UpdateCustomAuthorizerRequest(o)) return false;
  return true;
}
function k$UpdateCustomAuthorizerRequest(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "authorizer_alias_uri":
      case "authorizer_id":
      case "authorizer_type":
      case "authorizer_uri":
      case "authorizer_version":
      case "identities":
      case "instance_id":
      case "ld_api_id":
      case "name":
      case "need_body":
      case "network_type":
      case "project_id":
      case "ttl":
      case "type":
      case "user_data":
        continue;
    }
    return false;
  }
  return true;
}
function v$UpdateCustomAuthorizerRequest$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.authorizer_alias_uri;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_alias_uri"), "type", "must be a string"));
    }
    const m2 = o.authorizer_id;
    if (m2 === void 0) ps.push(problem(pathOf(d, "/authorizer_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_id"), "type", "must be a string"));
    }
    const m3 = o.authorizer_type;
    if (m3 === void 0)
      ps.push(problem(pathOf(d, "/authorizer_type"), "required", "is required"));
    else {
      n0++;
      if (typeof m3 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_type"), "type", "must be a string"));
      else {
        if (!c$AuthorizerType(m3))
          ps.push(problem(pathOf(d, "/authorizer_type"), "enum", "must be one of FUNC"));
      }
    }
    const m4 = o.authorizer_uri;
    if (m4 === void 0) ps.push(problem(pathOf(d, "/authorizer_uri"), "required", "is required"));
    else {
      n0++;
      if (typeof m4 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_uri"), "type", "must be a string"));
    }
    const m5 = o.authorizer_version;
    if (m5 !== void 0) {
      n0++;
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_version"), "type", "must be a string"));
      else {
        if (m5.length > 64 && codePointLength(m5) > 64)
          ps.push(
            problem(
              pathOf(d, "/authorizer_version"),
              "maxLength",
              "must be at most 64 characters long"
            )
          );
      }
    }
    const m6 = o.identities;
    if (m6 !== void 0) {
      n0++;
      if (!Array.isArray(m6))
        ps.push(problem(pathOf(d, "/identities"), "type", "must be an array"));
      else {
        if (m6.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/identities"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/identities";
          for (let i7 = 0; i7 < m6.length && ps.length <= MAX_PROBLEMS; i7++) {
            const x8 = m6[i7];
            if (!c$Identity$r(x8)) {
              PATH[d + 1] = i7;
              v$Identity$r(x8, d + 2, ps);
            }
          }
        }
      }
    }
    const m9 = o.instance_id;
    if (m9 === void 0) ps.push(problem(pathOf(d, "/instance_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m9 !== "string")
        ps.push(problem(pathOf(d, "/instance_id"), "type", "must be a string"));
    }
    const m10 = o.ld_api_id;
    if (m10 !== void 0) {
      n0++;
      if (typeof m10 !== "string")
        ps.push(problem(pathOf(d, "/ld_api_id"), "type", "must be a string"));
    }
    const m11 = o.name;
    if (m11 === void 0) ps.push(problem(pathOf(d, "/name"), "required", "is required"));
    else {
      n0++;
      if (typeof m11 !== "string") ps.push(problem(pathOf(d, "/name"), "type", "must be a string"));
      else {
        if (m11.length < 3 || m11.length < 6 && codePointLength(m11) < 3)
          ps.push(problem(pathOf(d, "/name"), "minLength", "must be 3 to 64 characters long"));
        if (m11.length > 64 && codePointLength(m11) > 64)
          ps.push(problem(pathOf(d, "/name"), "maxLength", "must be 3 to 64 characters long"));
        if (!RE0.test(m11))
          ps.push(
            problem(
              pathOf(d, "/name"),
              "pattern",
              "must match the pattern ^[A-Za-z][A-Za-z0-9_]*$"
            )
          );
      }
    }
    const m12 = o.need_body;
    if (m12 !== void 0) {
      n0++;
      if (typeof m12 !== "boolean")
        ps.push(problem(pathOf(d, "/need_body"), "type", "must be a boolean"));
    }
    const m13 = o.network_type;
    if (m13 !== void 0) {
      n0++;
      if (typeof m13 !== "string")
        ps.push(problem(pathOf(d, "/network_type"), "type", "must be a string"));
      else {
        if (!c$NetworkType(m13))
          ps.push(problem(pathOf(d, "/network_type"), "enum", "must be one of V1, V2"));
      }
    }
    const m14 = o.project_id;
    if (m14 === void 0) ps.push(problem(pathOf(d, "/project_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m14 !== "string")
        ps.push(problem(pathOf(d, "/project_id"), "type", "must be a string"));
    }
    const m15 = o.ttl;
    if (m15 !== void 0) {
      n0++;
      if (typeof m15 !== "number" || !Number.isInteger(m15))
        ps.push(problem(pathOf(d, "/ttl"), "type", "must be an integer"));
    }
    const m16 = o.type;
    if (m16 === void 0) ps.push(problem(pathOf(d, "/type"), "required", "is required"));
    else {
      n0++;
      if (typeof m16 !== "string") ps.push(problem(pathOf(d, "/type"), "type", "must be a string"));
      else {
        if (!c$CustomAuthorizerType(m16))
          ps.push(problem(pathOf(d, "/type"), "enum", "must be one of FRONTEND, BACKEND"));
      }
    }
    const m17 = o.user_data;
    if (m17 !== void 0) {
      n0++;
      if (typeof m17 !== "string")
        ps.push(problem(pathOf(d, "/user_data"), "type", "must be a string"));
    }
    let c18 = 0;
    for (const _k in o) c18++;
    if (c18 !== n0)
      for (const k19 in o) {
        if (!hasOwn.call(o, k19)) continue;
        switch (k19) {
          case "authorizer_alias_uri":
          case "authorizer_id":
          case "authorizer_type":
          case "authorizer_uri":
          case "authorizer_version":
          case "identities":
          case "instance_id":
          case "ld_api_id":
          case "name":
          case "need_body":
          case "network_type":
          case "project_id":
          case "ttl":
          case "type":
          case "user_data":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k19)),
            "unknownMember",
            "is not a member of UpdateCustomAuthorizerRequest"
          )
        );
      }
  }
}
function c$UpdateCustomAuthorizerResponse$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.authorizer_alias_uri;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
  }
  const m2 = o.authorizer_type;
  if (m2 !== void 0) {
    if (!c$AuthorizerType(m2)) return false;
  }
  const m3 = o.authorizer_uri;
  if (m3 !== void 0) {
    if (typeof m3 !== "string") return false;
  }
  const m4 = o.authorizer_version;
  if (m4 !== void 0) {
    if (typeof m4 !== "string" || m4.length > 64 && codePointLength(m4) > 64) return false;
  }
  const m5 = o.create_time;
  if (m5 !== void 0) {
    if (typeof m5 !== "string") return false;
  }
  const m6 = o.id;
  if (m6 !== void 0) {
    if (typeof m6 !== "string") return false;
  }
  const m7 = o.identities;
  if (m7 !== void 0) {
    if (!Array.isArray(m7) || m7.length > MAX_ITEMS) return false;
    for (let i8 = 0; i8 < m7.length; i8++) {
      const x9 = m7[i8];
      if (!c$Identity$a(x9)) return false;
    }
  }
  const m10 = o.ld_api_id;
  if (m10 !== void 0) {
    if (typeof m10 !== "string") return false;
  }
  const m11 = o.name;
  if (m11 !== void 0) {
    if (typeof m11 !== "string" || m11.length < 3 || m11.length < 6 && codePointLength(m11) < 3 || m11.length > 64 && codePointLength(m11) > 64 || !RE0.test(m11))
      return false;
  }
  const m12 = o.need_body;
  if (m12 !== void 0) {
    if (typeof m12 !== "boolean") return false;
  }
  const m13 = o.network_type;
  if (m13 !== void 0) {
    if (!c$NetworkType(m13)) return false;
  }
  const m14 = o.roma_app_id;
  if (m14 !== void 0) {
    if (typeof m14 !== "string") return false;
  }
  const m15 = o.roma_app_name;
  if (m15 !== void 0) {
    if (typeof m15 !== "string") return false;
  }
  const m16 = o.ttl;
  if (m16 !== void 0) {
    if (typeof m16 !== "number" || !Number.isInteger(m16)) return false;
  }
  const m17 = o.type;
  if (m17 !== void 0) {
    if (!c$CustomAuthorizerType(m17)) return false;
  }
  const m18 = o.user_data;
  if (m18 !== void 0) {
    if (typeof m18 !== "string") return false;
  }
  return true;
}
function v$UpdateCustomAuthorizerResponse$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.authorizer_alias_uri;
    if (m1 !== void 0) {
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_alias_uri"), "type", "must be a string"));
    }
    const m2 = o.authorizer_type;
    if (m2 !== void 0) {
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_type"), "type", "must be a string"));
      else {
        if (!c$AuthorizerType(m2))
          ps.push(problem(pathOf(d, "/authorizer_type"), "enum", "must be one of FUNC"));
      }
    }
    const m3 = o.authorizer_uri;
    if (m3 !== void 0) {
      if (typeof m3 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_uri"), "type", "must be a string"));
    }
    const m4 = o.authorizer_version;
    if (m4 !== void 0) {
      if (typeof m4 !== "string")
        ps.push(problem(pathOf(d, "/authorizer_version"), "type", "must be a string"));
      else {
        if (m4.length > 64 && codePointLength(m4) > 64)
          ps.push(
            problem(
              pathOf(d, "/authorizer_version"),
              "maxLength",
              "must be at most 64 characters long"
            )
          );
      }
    }
    const m5 = o.create_time;
    if (m5 !== void 0) {
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/create_time"), "type", "must be a string"));
    }
    const m6 = o.id;
    if (m6 !== void 0) {
      if (typeof m6 !== "string") ps.push(problem(pathOf(d, "/id"), "type", "must be a string"));
    }
    const m7 = o.identities;
    if (m7 !== void 0) {
      if (!Array.isArray(m7))
        ps.push(problem(pathOf(d, "/identities"), "type", "must be an array"));
      else {
        if (m7.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/identities"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/identities";
          for (let i8 = 0; i8 < m7.length && ps.length <= MAX_PROBLEMS; i8++) {
            const x9 = m7[i8];
            if (!c$Identity$a(x9)) {
              PATH[d + 1] = i8;
              v$Identity$a(x9, d + 2, ps);
            }
          }
        }
      }
    }
    const m10 = o.ld_api_id;
    if (m10 !== void 0) {
      if (typeof m10 !== "string")
        ps.push(problem(pathOf(d, "/ld_api_id"), "type", "must be a string"));
    }
    const m11 = o.name;
    if (m11 !== void 0) {
      if (typeof m11 !== "string") ps.push(problem(pathOf(d, "/name"), "type", "must be a string"));
      else {
        if (m11.length < 3 || m11.length < 6 && codePointLength(m11) < 3)
          ps.push(problem(pathOf(d, "/name"), "minLength", "must be 3 to 64 characters long"));
        if (m11.length > 64 && codePointLength(m11) > 64)
          ps.push(problem(pathOf(d, "/name"), "maxLength", "must be 3 to 64 characters long"));
        if (!RE0.test(m11))
          ps.push(
            problem(
              pathOf(d, "/name"),
              "pattern",
              "must match the pattern ^[A-Za-z][A-Za-z0-9_]*$"
            )
          );
      }
    }
    const m12 = o.need_body;
    if (m12 !== void 0) {
      if (typeof m12 !== "boolean")
        ps.push(problem(pathOf(d, "/need_body"), "type", "must be a boolean"));
    }
    const m13 = o.network_type;
    if (m13 !== void 0) {
      if (typeof m13 !== "string")
        ps.push(problem(pathOf(d, "/network_type"), "type", "must be a string"));
      else {
        if (!c$NetworkType(m13))
          ps.push(problem(pathOf(d, "/network_type"), "enum", "must be one of V1, V2"));
      }
    }
    const m14 = o.roma_app_id;
    if (m14 !== void 0) {
      if (typeof m14 !== "string")
        ps.push(problem(pathOf(d, "/roma_app_id"), "type", "must be a string"));
    }
    const m15 = o.roma_app_name;
    if (m15 !== void 0) {
      if (typeof m15 !== "string")
        ps.push(problem(pathOf(d, "/roma_app_name"), "type", "must be a string"));
    }
    const m16 = o.ttl;
    if (m16 !== void 0) {
      if (typeof m16 !== "number" || !Number.isInteger(m16))
        ps.push(problem(pathOf(d, "/ttl"), "type", "must be an integer"));
    }
    const m17 = o.type;
    if (m17 !== void 0) {
      if (typeof m17 !== "string") ps.push(problem(pathOf(d, "/type"), "type", "must be a string"));
      else {
        if (!c$CustomAuthorizerType(m17))
          ps.push(problem(pathOf(d, "/type"), "enum", "must be one of FRONTEND, BACKEND"));
      }
    }
    const m18 = o.user_data;
    if (m18 !== void 0) {
      if (typeof m18 !== "string")
        ps.push(problem(pathOf(d, "/user_data"), "type", "must be a string"));
    }
  }
}
function c$UpdateGatewayResponseRequest$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 5;
  const m1 = o.group_id;
  if (m1 === void 0) return false;
  if (typeof m1 !== "string") return false;
  const m2 = o.instance_id;
  if (m2 === void 0) return false;
  if (typeof m2 !== "string") return false;
  const m3 = o.name;
  if (m3 === void 0) return false;
  if (typeof m3 !== "string" || m3.length < 1 || m3.length < 2 && codePointLength(m3) < 1 || m3.length > 64 && codePointLength(m3) > 64 || !RE1.test(m3))
    return false;
  const m4 = o.project_id;
  if (m4 === void 0) return false;
  if (typeof m4 !== "string") return false;
  const m5 = o.response_id;
  if (m5 === void 0) return false;
  if (typeof m5 !== "string") return false;
  const m6 = o.responses;
  if (m6 !== void 0) {
    if (typeof m6 !== "object" || m6 === null || Array.isArray(m6)) return false;
    for (const k7 in m6) {
      if (!hasOwn.call(m6, k7)) continue;
      if (!c$GatewayResponseType(k7)) return false;
      const x8 = m6[k7];
      if (!c$ResponseInfo$r(x8)) return false;
    }
    n0++;
  }
  let c9 = 0;
  for (const _k in o) c9++;
  if (c9 !== n0 && !k$UpdateGatewayResponseRequest(o)) return false;
  return true;
}
function k$UpdateGatewayResponseRequest(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "group_id":
      case "instance_id":
      case "name":
      case "project_id":
      case "response_id":
      case "responses":
        continue;
    }
    return false;
  }
  return true;
}
function v$UpdateGatewayResponseRequest$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.group_id;
    if (m1 === void 0) ps.push(problem(pathOf(d, "/group_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/group_id"), "type", "must be a string"));
    }
    const m2 = o.instance_id;
    if (m2 === void 0) ps.push(problem(pathOf(d, "/instance_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/instance_id"), "type", "must be a string"));
    }
    const m3 = o.name;
    if (m3 === void 0) ps.push(problem(pathOf(d, "/name"), "required", "is required"));
    else {
      n0++;
      if (typeof m3 !== "string") ps.push(problem(pathOf(d, "/name"), "type", "must be a string"));
      else {
        if (m3.length < 1 || m3.length < 2 && codePointLength(m3) < 1)
          ps.push(problem(pathOf(d, "/name"), "minLength", "must be 1 to 64 characters long"));
        if (m3.length > 64 && codePointLength(m3) > 64)
          ps.push(problem(pathOf(d, "/name"), "maxLength", "must be 1 to 64 characters long"));
        if (!RE1.test(m3))
          ps.push(
            problem(pathOf(d, "/name"), "pattern", "must match the pattern ^[A-Za-z0-9_-]+$")
          );
      }
    }
    const m4 = o.project_id;
    if (m4 === void 0) ps.push(problem(pathOf(d, "/project_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m4 !== "string")
        ps.push(problem(pathOf(d, "/project_id"), "type", "must be a string"));
    }
    const m5 = o.response_id;
    if (m5 === void 0) ps.push(problem(pathOf(d, "/response_id"), "required", "is required"));
    else {
      n0++;
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/response_id"), "type", "must be a string"));
    }
    const m6 = o.responses;
    if (m6 !== void 0) {
      n0++;
      if (typeof m6 !== "object" || m6 === null || Array.isArray(m6))
        ps.push(problem(pathOf(d, "/responses"), "type", "must be an object"));
      else {
        PATH[d] = "/responses";
        for (const k7 in m6) {
          if (!hasOwn.call(m6, k7)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          if (!c$GatewayResponseType(k7))
            ps.push(
              problem(
                pathOf(d + 1, keyToken(k7)),
                "mapKey",
                "key must be one of AUTH_FAILURE, AUTH_HEADER_MISSING, AUTHORIZER_FAILURE, AUTHORIZER_CONF_FAILURE, AUTHORIZER_IDENTITIES_FAILURE, BACKEND_UNAVAILABLE, BACKEND_TIMEOUT, THROTTLED, UNAUTHORIZED, ACCESS_DENIED, NOT_FOUND, REQUEST_PARAMETERS_FAILURE, DEFAULT_4XX, DEFAULT_5XX, THIRD_AUTH_FAILURE, THIRD_AUTH_IDENTITIES_FAILURE, THIRD_AUTH_CONF_FAILURE"
              )
            );
          const x8 = m6[k7];
          if (!c$ResponseInfo$r(x8)) {
            PATH[d + 1] = keyToken(k7);
            v$ResponseInfo$r(x8, d + 2, ps);
          }
        }
      }
    }
    let c9 = 0;
    for (const _k in o) c9++;
    if (c9 !== n0)
      for (const k10 in o) {
        if (!hasOwn.call(o, k10)) continue;
        switch (k10) {
          case "group_id":
          case "instance_id":
          case "name":
          case "project_id":
          case "response_id":
          case "responses":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k10)),
            "unknownMember",
            "is not a member of UpdateGatewayResponseRequest"
          )
        );
      }
  }
}
function c$UpdateGatewayResponseResponse$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.create_time;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
  }
  const m2 = o.default;
  if (m2 !== void 0) {
    if (typeof m2 !== "boolean") return false;
  }
  const m3 = o.id;
  if (m3 !== void 0) {
    if (typeof m3 !== "string") return false;
  }
  const m4 = o.name;
  if (m4 !== void 0) {
    if (typeof m4 !== "string") return false;
  }
  const m5 = o.responses;
  if (m5 !== void 0) {
    if (typeof m5 !== "object" || m5 === null || Array.isArray(m5)) return false;
    for (const k6 in m5) {
      if (!hasOwn.call(m5, k6)) continue;
      if (!c$GatewayResponseType(k6)) return false;
      const x7 = m5[k6];
      if (!c$ResponseInfoResp$a(x7)) return false;
    }
  }
  const m8 = o.update_time;
  if (m8 !== void 0) {
    if (typeof m8 !== "string") return false;
  }
  return true;
}
function v$UpdateGatewayResponseResponse$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.create_time;
    if (m1 !== void 0) {
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/create_time"), "type", "must be a string"));
    }
    const m2 = o.default;
    if (m2 !== void 0) {
      if (typeof m2 !== "boolean")
        ps.push(problem(pathOf(d, "/default"), "type", "must be a boolean"));
    }
    const m3 = o.id;
    if (m3 !== void 0) {
      if (typeof m3 !== "string") ps.push(problem(pathOf(d, "/id"), "type", "must be a string"));
    }
    const m4 = o.name;
    if (m4 !== void 0) {
      if (typeof m4 !== "string") ps.push(problem(pathOf(d, "/name"), "type", "must be a string"));
    }
    const m5 = o.responses;
    if (m5 !== void 0) {
      if (typeof m5 !== "object" || m5 === null || Array.isArray(m5))
        ps.push(problem(pathOf(d, "/responses"), "type", "must be an object"));
      else {
        PATH[d] = "/responses";
        for (const k6 in m5) {
          if (!hasOwn.call(m5, k6)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          if (!c$GatewayResponseType(k6))
            ps.push(
              problem(
                pathOf(d + 1, keyToken(k6)),
                "mapKey",
                "key must be one of AUTH_FAILURE, AUTH_HEADER_MISSING, AUTHORIZER_FAILURE, AUTHORIZER_CONF_FAILURE, AUTHORIZER_IDENTITIES_FAILURE, BACKEND_UNAVAILABLE, BACKEND_TIMEOUT, THROTTLED, UNAUTHORIZED, ACCESS_DENIED, NOT_FOUND, REQUEST_PARAMETERS_FAILURE, DEFAULT_4XX, DEFAULT_5XX, THIRD_AUTH_FAILURE, THIRD_AUTH_IDENTITIES_FAILURE, THIRD_AUTH_CONF_FAILURE"
              )
            );
          const x7 = m5[k6];
          if (!c$ResponseInfoResp$a(x7)) {
            PATH[d + 1] = keyToken(k6);
            v$ResponseInfoResp$a(x7, d + 2, ps);
          }
        }
      }
    }
    const m8 = o.update_time;
    if (m8 !== void 0) {
      if (typeof m8 !== "string")
        ps.push(problem(pathOf(d, "/update_time"), "type", "must be a string"));
    }
  }
}
function validateAuthorizerType(value) {
  if (c$AuthorizerType(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of FUNC") : problem("", "type", "must be a string")
  ]);
}
function checkAuthorizerType(value) {
  return c$AuthorizerType(value);
}
function isAuthorizerType(value) {
  return c$AuthorizerType(value);
}
function validateCustomAuthorizerType(value) {
  if (c$CustomAuthorizerType(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of FRONTEND, BACKEND") : problem("", "type", "must be a string")
  ]);
}
function checkCustomAuthorizerType(value) {
  return c$CustomAuthorizerType(value);
}
function isCustomAuthorizerType(value) {
  return c$CustomAuthorizerType(value);
}
function validateGatewayResponseType(value) {
  if (c$GatewayResponseType(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem(
      "",
      "enum",
      "must be one of AUTH_FAILURE, AUTH_HEADER_MISSING, AUTHORIZER_FAILURE, AUTHORIZER_CONF_FAILURE, AUTHORIZER_IDENTITIES_FAILURE, BACKEND_UNAVAILABLE, BACKEND_TIMEOUT, THROTTLED, UNAUTHORIZED, ACCESS_DENIED, NOT_FOUND, REQUEST_PARAMETERS_FAILURE, DEFAULT_4XX, DEFAULT_5XX, THIRD_AUTH_FAILURE, THIRD_AUTH_IDENTITIES_FAILURE, THIRD_AUTH_CONF_FAILURE"
    ) : problem("", "type", "must be a string")
  ]);
}
function checkGatewayResponseType(value) {
  return c$GatewayResponseType(value);
}
function isGatewayResponseType(value) {
  return c$GatewayResponseType(value);
}
function validateIdentity(value) {
  const problems = [];
  v$Identity$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkIdentity(value) {
  return c$Identity$r(value);
}
function isIdentity(value) {
  return c$Identity$r(value);
}
function validateIdentityLocation(value) {
  if (c$IdentityLocation(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of HEADER, QUERY") : problem("", "type", "must be a string")
  ]);
}
function checkIdentityLocation(value) {
  return c$IdentityLocation(value);
}
function isIdentityLocation(value) {
  return c$IdentityLocation(value);
}
function validateNetworkType(value) {
  if (c$NetworkType(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of V1, V2") : problem("", "type", "must be a string")
  ]);
}
function checkNetworkType(value) {
  return c$NetworkType(value);
}
function isNetworkType(value) {
  return c$NetworkType(value);
}
function validateResponseInfo(value) {
  const problems = [];
  v$ResponseInfo$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkResponseInfo(value) {
  return c$ResponseInfo$r(value);
}
function isResponseInfo(value) {
  return c$ResponseInfo$r(value);
}
function validateResponseInfoResp(value) {
  const problems = [];
  v$ResponseInfoResp$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkResponseInfoResp(value) {
  return c$ResponseInfoResp$a(value);
}
function isResponseInfoResp(value) {
  return c$ResponseInfoResp$a(value);
}
function validateUpdateCustomAuthorizerRequest(value) {
  const problems = [];
  v$UpdateCustomAuthorizerRequest$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateCustomAuthorizerRequest(value) {
  return c$UpdateCustomAuthorizerRequest$r(value);
}
function isUpdateCustomAuthorizerRequest(value) {
  return c$UpdateCustomAuthorizerRequest$r(value);
}
function validateUpdateCustomAuthorizerResponse(value) {
  const problems = [];
  v$UpdateCustomAuthorizerResponse$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateCustomAuthorizerResponse(value) {
  return c$UpdateCustomAuthorizerResponse$a(value);
}
function isUpdateCustomAuthorizerResponse(value) {
  return c$UpdateCustomAuthorizerResponse$a(value);
}
function validateUpdateGatewayResponseRequest(value) {
  const problems = [];
  v$UpdateGatewayResponseRequest$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateGatewayResponseRequest(value) {
  return c$UpdateGatewayResponseRequest$r(value);
}
function isUpdateGatewayResponseRequest(value) {
  return c$UpdateGatewayResponseRequest$r(value);
}
function validateUpdateGatewayResponseResponse(value) {
  const problems = [];
  v$UpdateGatewayResponseResponse$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateGatewayResponseResponse(value) {
  return c$UpdateGatewayResponseResponse$a(value);
}
function isUpdateGatewayResponseResponse(value) {
  return c$UpdateGatewayResponseResponse$a(value);
}
export {
  checkAuthorizerType,
  checkCustomAuthorizerType,
  checkGatewayResponseType,
  checkIdentity,
  checkIdentityLocation,
  checkNetworkType,
  checkResponseInfo,
  checkResponseInfoResp,
  checkUpdateCustomAuthorizerRequest,
  checkUpdateCustomAuthorizerResponse,
  checkUpdateGatewayResponseRequest,
  checkUpdateGatewayResponseResponse,
  isAuthorizerType,
  isCustomAuthorizerType,
  isGatewayResponseType,
  isIdentity,
  isIdentityLocation,
  isNetworkType,
  isResponseInfo,
  isResponseInfoResp,
  isUpdateCustomAuthorizerRequest,
  isUpdateCustomAuthorizerResponse,
  isUpdateGatewayResponseRequest,
  isUpdateGatewayResponseResponse,
  validateAuthorizerType,
  validateCustomAuthorizerType,
  validateGatewayResponseType,
  validateIdentity,
  validateIdentityLocation,
  validateNetworkType,
  validateResponseInfo,
  validateResponseInfoResp,
  validateUpdateCustomAuthorizerRequest,
  validateUpdateCustomAuthorizerResponse,
  validateUpdateGatewayResponseRequest,
  validateUpdateGatewayResponseResponse
};
