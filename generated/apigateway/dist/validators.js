import {
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
const RE0 = /[1-5]\d\d/u;
function c$ConnectionType(x) {
  return x === "INTERNET" || x === "VPC_LINK";
}
function c$ContentHandlingStrategy(x) {
  return x === "CONVERT_TO_BINARY" || x === "CONVERT_TO_TEXT";
}
function c$IntegrationType(x) {
  return x === "HTTP" || x === "AWS" || x === "MOCK" || x === "HTTP_PROXY" || x === "AWS_PROXY";
}
function c$Op(x) {
  return x === "add" || x === "remove" || x === "replace" || x === "move" || x === "copy" || x === "test";
}
function c$Account$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.apiKeyVersion;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
  }
  const m2 = o.cloudwatchRoleArn;
  if (m2 !== void 0) {
    if (typeof m2 !== "string") return false;
  }
  const m3 = o.features;
  if (m3 !== void 0) {
    if (!Array.isArray(m3) || m3.length > MAX_ITEMS) return false;
    for (let i4 = 0; i4 < m3.length; i4++) {
      const x5 = m3[i4];
      if (typeof x5 !== "string") return false;
    }
  }
  const m6 = o.throttleSettings;
  if (m6 !== void 0) {
    if (typeof m6 !== "object" || m6 === null || Array.isArray(m6)) return false;
    const m8 = m6.burstLimit;
    if (m8 !== void 0) {
      if (typeof m8 !== "number" || !Number.isInteger(m8)) return false;
    }
    const m9 = m6.rateLimit;
    if (m9 !== void 0) {
      if (typeof m9 !== "number" || !Number.isFinite(m9)) return false;
    }
  }
  return true;
}
function v$Account$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.apiKeyVersion;
    if (m1 !== void 0) {
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/apiKeyVersion"), "type", "must be a string"));
    }
    const m2 = o.cloudwatchRoleArn;
    if (m2 !== void 0) {
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/cloudwatchRoleArn"), "type", "must be a string"));
    }
    const m3 = o.features;
    if (m3 !== void 0) {
      if (!Array.isArray(m3)) ps.push(problem(pathOf(d, "/features"), "type", "must be an array"));
      else {
        if (m3.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/features"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/features";
          for (let i4 = 0; i4 < m3.length && ps.length <= MAX_PROBLEMS; i4++) {
            const x5 = m3[i4];
            if (typeof x5 !== "string")
              ps.push(problem(pathOf(d + 1, i4), "type", "must be a string"));
          }
        }
      }
    }
    const m6 = o.throttleSettings;
    if (m6 !== void 0) {
      PATH[d] = "/throttleSettings";
      if (typeof m6 !== "object" || m6 === null || Array.isArray(m6))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        const m8 = m6.burstLimit;
        if (m8 !== void 0) {
          if (typeof m8 !== "number" || !Number.isInteger(m8))
            ps.push(problem(pathOf(d + 1, "/burstLimit"), "type", "must be an integer"));
        }
        const m9 = m6.rateLimit;
        if (m9 !== void 0) {
          if (typeof m9 !== "number" || !Number.isFinite(m9))
            ps.push(problem(pathOf(d + 1, "/rateLimit"), "type", "must be a finite number"));
        }
      }
    }
  }
}
function c$Integration$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.cacheKeyParameters;
  if (m1 !== void 0) {
    if (!Array.isArray(m1) || m1.length > MAX_ITEMS) return false;
    for (let i2 = 0; i2 < m1.length; i2++) {
      const x3 = m1[i2];
      if (typeof x3 !== "string") return false;
    }
  }
  const m4 = o.cacheNamespace;
  if (m4 !== void 0) {
    if (typeof m4 !== "string") return false;
  }
  const m5 = o.connectionId;
  if (m5 !== void 0) {
    if (typeof m5 !== "string") return false;
  }
  const m6 = o.connectionType;
  if (m6 !== void 0) {
    if (!c$ConnectionType(m6)) return false;
  }
  const m7 = o.contentHandling;
  if (m7 !== void 0) {
    if (!c$ContentHandlingStrategy(m7)) return false;
  }
  const m8 = o.credentials;
  if (m8 !== void 0) {
    if (typeof m8 !== "string") return false;
  }
  const m9 = o.httpMethod;
  if (m9 !== void 0) {
    if (typeof m9 !== "string") return false;
  }
  const m10 = o.integrationResponses;
  if (m10 !== void 0) {
    if (typeof m10 !== "object" || m10 === null || Array.isArray(m10)) return false;
    for (const k11 in m10) {
      if (!hasOwn.call(m10, k11)) continue;
      const x12 = m10[k11];
      if (!c$IntegrationResponse$a(x12)) return false;
    }
  }
  const m13 = o.passthroughBehavior;
  if (m13 !== void 0) {
    if (typeof m13 !== "string") return false;
  }
  const m14 = o.requestParameters;
  if (m14 !== void 0) {
    if (typeof m14 !== "object" || m14 === null || Array.isArray(m14)) return false;
    for (const k15 in m14) {
      if (!hasOwn.call(m14, k15)) continue;
      const x16 = m14[k15];
      if (typeof x16 !== "string") return false;
    }
  }
  const m17 = o.requestTemplates;
  if (m17 !== void 0) {
    if (typeof m17 !== "object" || m17 === null || Array.isArray(m17)) return false;
    for (const k18 in m17) {
      if (!hasOwn.call(m17, k18)) continue;
      const x19 = m17[k18];
      if (typeof x19 !== "string") return false;
    }
  }
  const m20 = o.timeoutInMillis;
  if (m20 !== void 0) {
    if (typeof m20 !== "number" || !Number.isInteger(m20) || m20 < 50 || m20 > 29e3) return false;
  }
  const m21 = o.tlsConfig;
  if (m21 !== void 0) {
    if (typeof m21 !== "object" || m21 === null || Array.isArray(m21)) return false;
    const m23 = m21.insecureSkipVerification;
    if (m23 !== void 0) {
      if (typeof m23 !== "boolean") return false;
    }
  }
  const m24 = o.type;
  if (m24 !== void 0) {
    if (!c$IntegrationType(m24)) return false;
  }
  const m25 = o.uri;
  if (m25 !== void 0) {
    if (typeof m25 !== "string") return false;
  }
  return true;
}
function v$Integration$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.cacheKeyParameters;
    if (m1 !== void 0) {
      if (!Array.isArray(m1))
        ps.push(problem(pathOf(d, "/cacheKeyParameters"), "type", "must be an array"));
      else {
        if (m1.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/cacheKeyParameters"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/cacheKeyParameters";
          for (let i2 = 0; i2 < m1.length && ps.length <= MAX_PROBLEMS; i2++) {
            const x3 = m1[i2];
            if (typeof x3 !== "string")
              ps.push(problem(pathOf(d + 1, i2), "type", "must be a string"));
          }
        }
      }
    }
    const m4 = o.cacheNamespace;
    if (m4 !== void 0) {
      if (typeof m4 !== "string")
        ps.push(problem(pathOf(d, "/cacheNamespace"), "type", "must be a string"));
    }
    const m5 = o.connectionId;
    if (m5 !== void 0) {
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/connectionId"), "type", "must be a string"));
    }
    const m6 = o.connectionType;
    if (m6 !== void 0) {
      if (typeof m6 !== "string")
        ps.push(problem(pathOf(d, "/connectionType"), "type", "must be a string"));
      else {
        if (!c$ConnectionType(m6))
          ps.push(
            problem(pathOf(d, "/connectionType"), "enum", "must be one of INTERNET, VPC_LINK")
          );
      }
    }
    const m7 = o.contentHandling;
    if (m7 !== void 0) {
      if (typeof m7 !== "string")
        ps.push(problem(pathOf(d, "/contentHandling"), "type", "must be a string"));
      else {
        if (!c$ContentHandlingStrategy(m7))
          ps.push(
            problem(
              pathOf(d, "/contentHandling"),
              "enum",
              "must be one of CONVERT_TO_BINARY, CONVERT_TO_TEXT"
            )
          );
      }
    }
    const m8 = o.credentials;
    if (m8 !== void 0) {
      if (typeof m8 !== "string")
        ps.push(problem(pathOf(d, "/credentials"), "type", "must be a string"));
    }
    const m9 = o.httpMethod;
    if (m9 !== void 0) {
      if (typeof m9 !== "string")
        ps.push(problem(pathOf(d, "/httpMethod"), "type", "must be a string"));
    }
    const m10 = o.integrationResponses;
    if (m10 !== void 0) {
      if (typeof m10 !== "object" || m10 === null || Array.isArray(m10))
        ps.push(problem(pathOf(d, "/integrationResponses"), "type", "must be an object"));
      else {
        PATH[d] = "/integrationResponses";
        for (const k11 in m10) {
          if (!hasOwn.call(m10, k11)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x12 = m10[k11];
          if (!c$IntegrationResponse$a(x12)) {
            PATH[d + 1] = keyToken(k11);
            v$IntegrationResponse$a(x12, d + 2, ps);
          }
        }
      }
    }
    const m13 = o.passthroughBehavior;
    if (m13 !== void 0) {
      if (typeof m13 !== "string")
        ps.push(problem(pathOf(d, "/passthroughBehavior"), "type", "must be a string"));
    }
    const m14 = o.requestParameters;
    if (m14 !== void 0) {
      if (typeof m14 !== "object" || m14 === null || Array.isArray(m14))
        ps.push(problem(pathOf(d, "/requestParameters"), "type", "must be an object"));
      else {
        PATH[d] = "/requestParameters";
        for (const k15 in m14) {
          if (!hasOwn.call(m14, k15)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x16 = m14[k15];
          if (typeof x16 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k15)), "type", "must be a string"));
        }
      }
    }
    const m17 = o.requestTemplates;
    if (m17 !== void 0) {
      if (typeof m17 !== "object" || m17 === null || Array.isArray(m17))
        ps.push(problem(pathOf(d, "/requestTemplates"), "type", "must be an object"));
      else {
        PATH[d] = "/requestTemplates";
        for (const k18 in m17) {
          if (!hasOwn.call(m17, k18)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x19 = m17[k18];
          if (typeof x19 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k18)), "type", "must be a string"));
        }
      }
    }
    const m20 = o.timeoutInMillis;
    if (m20 !== void 0) {
      if (typeof m20 !== "number" || !Number.isInteger(m20))
        ps.push(problem(pathOf(d, "/timeoutInMillis"), "type", "must be an integer"));
      else {
        if (m20 < 50)
          ps.push(
            problem(pathOf(d, "/timeoutInMillis"), "minimum", "must be between 50 and 29000")
          );
        if (m20 > 29e3)
          ps.push(
            problem(pathOf(d, "/timeoutInMillis"), "maximum", "must be between 50 and 29000")
          );
      }
    }
    const m21 = o.tlsConfig;
    if (m21 !== void 0) {
      PATH[d] = "/tlsConfig";
      if (typeof m21 !== "object" || m21 === null || Array.isArray(m21))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        const m23 = m21.insecureSkipVerification;
        if (m23 !== void 0) {
          if (typeof m23 !== "boolean")
            ps.push(
              problem(pathOf(d + 1, "/insecureSkipVerification"), "type", "must be a boolean")
            );
        }
      }
    }
    const m24 = o.type;
    if (m24 !== void 0) {
      if (typeof m24 !== "string") ps.push(problem(pathOf(d, "/type"), "type", "must be a string"));
      else {
        if (!c$IntegrationType(m24))
          ps.push(
            problem(
              pathOf(d, "/type"),
              "enum",
              "must be one of HTTP, AWS, MOCK, HTTP_PROXY, AWS_PROXY"
            )
          );
      }
    }
    const m25 = o.uri;
    if (m25 !== void 0) {
      if (typeof m25 !== "string") ps.push(problem(pathOf(d, "/uri"), "type", "must be a string"));
    }
  }
}
function c$IntegrationResponse$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.contentHandling;
  if (m1 !== void 0) {
    if (!c$ContentHandlingStrategy(m1)) return false;
  }
  const m2 = o.responseParameters;
  if (m2 !== void 0) {
    if (typeof m2 !== "object" || m2 === null || Array.isArray(m2)) return false;
    for (const k3 in m2) {
      if (!hasOwn.call(m2, k3)) continue;
      const x4 = m2[k3];
      if (typeof x4 !== "string") return false;
    }
  }
  const m5 = o.responseTemplates;
  if (m5 !== void 0) {
    if (typeof m5 !== "object" || m5 === null || Array.isArray(m5)) return false;
    for (const k6 in m5) {
      if (!hasOwn.call(m5, k6)) continue;
      const x7 = m5[k6];
      if (typeof x7 !== "string") return false;
    }
  }
  const m8 = o.selectionPattern;
  if (m8 !== void 0) {
    if (typeof m8 !== "string") return false;
  }
  const m9 = o.statusCode;
  if (m9 !== void 0) {
    if (typeof m9 !== "string" || !RE0.test(m9)) return false;
  }
  return true;
}
function v$IntegrationResponse$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.contentHandling;
    if (m1 !== void 0) {
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/contentHandling"), "type", "must be a string"));
      else {
        if (!c$ContentHandlingStrategy(m1))
          ps.push(
            problem(
              pathOf(d, "/contentHandling"),
              "enum",
              "must be one of CONVERT_TO_BINARY, CONVERT_TO_TEXT"
            )
          );
      }
    }
    const m2 = o.responseParameters;
    if (m2 !== void 0) {
      if (typeof m2 !== "object" || m2 === null || Array.isArray(m2))
        ps.push(problem(pathOf(d, "/responseParameters"), "type", "must be an object"));
      else {
        PATH[d] = "/responseParameters";
        for (const k3 in m2) {
          if (!hasOwn.call(m2, k3)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x4 = m2[k3];
          if (typeof x4 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k3)), "type", "must be a string"));
        }
      }
    }
    const m5 = o.responseTemplates;
    if (m5 !== void 0) {
      if (typeof m5 !== "object" || m5 === null || Array.isArray(m5))
        ps.push(problem(pathOf(d, "/responseTemplates"), "type", "must be an object"));
      else {
        PATH[d] = "/responseTemplates";
        for (const k6 in m5) {
          if (!hasOwn.call(m5, k6)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x7 = m5[k6];
          if (typeof x7 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k6)), "type", "must be a string"));
        }
      }
    }
    const m8 = o.selectionPattern;
    if (m8 !== void 0) {
      if (typeof m8 !== "string")
        ps.push(problem(pathOf(d, "/selectionPattern"), "type", "must be a string"));
    }
    const m9 = o.statusCode;
    if (m9 !== void 0) {
      if (typeof m9 !== "string")
        ps.push(problem(pathOf(d, "/statusCode"), "type", "must be a string"));
      else {
        if (!RE0.test(m9))
          ps.push(
            problem(pathOf(d, "/statusCode"), "pattern", "must match the pattern [1-5]\\d\\d")
          );
      }
    }
  }
}
function c$Method$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.apiKeyRequired;
  if (m1 !== void 0) {
    if (typeof m1 !== "boolean") return false;
  }
  const m2 = o.authorizationScopes;
  if (m2 !== void 0) {
    if (!Array.isArray(m2) || m2.length > MAX_ITEMS) return false;
    for (let i3 = 0; i3 < m2.length; i3++) {
      const x4 = m2[i3];
      if (typeof x4 !== "string") return false;
    }
  }
  const m5 = o.authorizationType;
  if (m5 !== void 0) {
    if (typeof m5 !== "string") return false;
  }
  const m6 = o.authorizerId;
  if (m6 !== void 0) {
    if (typeof m6 !== "string") return false;
  }
  const m7 = o.httpMethod;
  if (m7 !== void 0) {
    if (typeof m7 !== "string") return false;
  }
  const m8 = o.methodIntegration;
  if (m8 !== void 0) {
    if (typeof m8 !== "object" || m8 === null || Array.isArray(m8)) return false;
    const m10 = m8.cacheKeyParameters;
    if (m10 !== void 0) {
      if (!Array.isArray(m10) || m10.length > MAX_ITEMS) return false;
      for (let i11 = 0; i11 < m10.length; i11++) {
        const x12 = m10[i11];
        if (typeof x12 !== "string") return false;
      }
    }
    const m13 = m8.cacheNamespace;
    if (m13 !== void 0) {
      if (typeof m13 !== "string") return false;
    }
    const m14 = m8.connectionId;
    if (m14 !== void 0) {
      if (typeof m14 !== "string") return false;
    }
    const m15 = m8.connectionType;
    if (m15 !== void 0) {
      if (!c$ConnectionType(m15)) return false;
    }
    const m16 = m8.contentHandling;
    if (m16 !== void 0) {
      if (!c$ContentHandlingStrategy(m16)) return false;
    }
    const m17 = m8.credentials;
    if (m17 !== void 0) {
      if (typeof m17 !== "string") return false;
    }
    const m18 = m8.httpMethod;
    if (m18 !== void 0) {
      if (typeof m18 !== "string") return false;
    }
    const m19 = m8.integrationResponses;
    if (m19 !== void 0) {
      if (typeof m19 !== "object" || m19 === null || Array.isArray(m19)) return false;
      for (const k20 in m19) {
        if (!hasOwn.call(m19, k20)) continue;
        const x21 = m19[k20];
        if (!c$IntegrationResponse$a(x21)) return false;
      }
    }
    const m22 = m8.passthroughBehavior;
    if (m22 !== void 0) {
      if (typeof m22 !== "string") return false;
    }
    const m23 = m8.requestParameters;
    if (m23 !== void 0) {
      if (typeof m23 !== "object" || m23 === null || Array.isArray(m23)) return false;
      for (const k24 in m23) {
        if (!hasOwn.call(m23, k24)) continue;
        const x25 = m23[k24];
        if (typeof x25 !== "string") return false;
      }
    }
    const m26 = m8.requestTemplates;
    if (m26 !== void 0) {
      if (typeof m26 !== "object" || m26 === null || Array.isArray(m26)) return false;
      for (const k27 in m26) {
        if (!hasOwn.call(m26, k27)) continue;
        const x28 = m26[k27];
        if (typeof x28 !== "string") return false;
      }
    }
    const m29 = m8.timeoutInMillis;
    if (m29 !== void 0) {
      if (typeof m29 !== "number" || !Number.isInteger(m29) || m29 < 50 || m29 > 29e3)
        return false;
    }
    const m30 = m8.tlsConfig;
    if (m30 !== void 0) {
      if (typeof m30 !== "object" || m30 === null || Array.isArray(m30)) return false;
      const m32 = m30.insecureSkipVerification;
      if (m32 !== void 0) {
        if (typeof m32 !== "boolean") return false;
      }
    }
    const m33 = m8.type;
    if (m33 !== void 0) {
      if (!c$IntegrationType(m33)) return false;
    }
    const m34 = m8.uri;
    if (m34 !== void 0) {
      if (typeof m34 !== "string") return false;
    }
  }
  const m35 = o.methodResponses;
  if (m35 !== void 0) {
    if (typeof m35 !== "object" || m35 === null || Array.isArray(m35)) return false;
    for (const k36 in m35) {
      if (!hasOwn.call(m35, k36)) continue;
      const x37 = m35[k36];
      if (!c$MethodResponse$a(x37)) return false;
    }
  }
  const m38 = o.operationName;
  if (m38 !== void 0) {
    if (typeof m38 !== "string") return false;
  }
  const m39 = o.requestModels;
  if (m39 !== void 0) {
    if (typeof m39 !== "object" || m39 === null || Array.isArray(m39)) return false;
    for (const k40 in m39) {
      if (!hasOwn.call(m39, k40)) continue;
      const x41 = m39[k40];
      if (typeof x41 !== "string") return false;
    }
  }
  const m42 = o.requestParameters;
  if (m42 !== void 0) {
    if (typeof m42 !== "object" || m42 === null || Array.isArray(m42)) return false;
    for (const k43 in m42) {
      if (!hasOwn.call(m42, k43)) continue;
      const x44 = m42[k43];
      if (typeof x44 !== "boolean") return false;
    }
  }
  const m45 = o.requestValidatorId;
  if (m45 !== void 0) {
    if (typeof m45 !== "string") return false;
  }
  return true;
}
function v$Method$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.apiKeyRequired;
    if (m1 !== void 0) {
      if (typeof m1 !== "boolean")
        ps.push(problem(pathOf(d, "/apiKeyRequired"), "type", "must be a boolean"));
    }
    const m2 = o.authorizationScopes;
    if (m2 !== void 0) {
      if (!Array.isArray(m2))
        ps.push(problem(pathOf(d, "/authorizationScopes"), "type", "must be an array"));
      else {
        if (m2.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/authorizationScopes"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/authorizationScopes";
          for (let i3 = 0; i3 < m2.length && ps.length <= MAX_PROBLEMS; i3++) {
            const x4 = m2[i3];
            if (typeof x4 !== "string")
              ps.push(problem(pathOf(d + 1, i3), "type", "must be a string"));
          }
        }
      }
    }
    const m5 = o.authorizationType;
    if (m5 !== void 0) {
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/authorizationType"), "type", "must be a string"));
    }
    const m6 = o.authorizerId;
    if (m6 !== void 0) {
      if (typeof m6 !== "string")
        ps.push(problem(pathOf(d, "/authorizerId"), "type", "must be a string"));
    }
    const m7 = o.httpMethod;
    if (m7 !== void 0) {
      if (typeof m7 !== "string")
        ps.push(problem(pathOf(d, "/httpMethod"), "type", "must be a string"));
    }
    const m8 = o.methodIntegration;
    if (m8 !== void 0) {
      PATH[d] = "/methodIntegration";
      if (typeof m8 !== "object" || m8 === null || Array.isArray(m8))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        const m10 = m8.cacheKeyParameters;
        if (m10 !== void 0) {
          if (!Array.isArray(m10))
            ps.push(problem(pathOf(d + 1, "/cacheKeyParameters"), "type", "must be an array"));
          else {
            if (m10.length > MAX_ITEMS)
              ps.push(
                problem(
                  pathOf(d + 1, "/cacheKeyParameters"),
                  "maxItems",
                  "must have at most 100000 items (validator limit)"
                )
              );
            else {
              PATH[d + 1] = "/cacheKeyParameters";
              for (let i11 = 0; i11 < m10.length && ps.length <= MAX_PROBLEMS; i11++) {
                const x12 = m10[i11];
                if (typeof x12 !== "string")
                  ps.push(problem(pathOf(d + 2, i11), "type", "must be a string"));
              }
            }
          }
        }
        const m13 = m8.cacheNamespace;
        if (m13 !== void 0) {
          if (typeof m13 !== "string")
            ps.push(problem(pathOf(d + 1, "/cacheNamespace"), "type", "must be a string"));
        }
        const m14 = m8.connectionId;
        if (m14 !== void 0) {
          if (typeof m14 !== "string")
            ps.push(problem(pathOf(d + 1, "/connectionId"), "type", "must be a string"));
        }
        const m15 = m8.connectionType;
        if (m15 !== void 0) {
          if (typeof m15 !== "string")
            ps.push(problem(pathOf(d + 1, "/connectionType"), "type", "must be a string"));
          else {
            if (!c$ConnectionType(m15))
              ps.push(
                problem(
                  pathOf(d + 1, "/connectionType"),
                  "enum",
                  "must be one of INTERNET, VPC_LINK"
                )
              );
          }
        }
        const m16 = m8.contentHandling;
        if (m16 !== void 0) {
          if (typeof m16 !== "string")
            ps.push(problem(pathOf(d + 1, "/contentHandling"), "type", "must be a string"));
          else {
            if (!c$ContentHandlingStrategy(m16))
              ps.push(
                problem(
                  pathOf(d + 1, "/contentHandling"),
                  "enum",
                  "must be one of CONVERT_TO_BINARY, CONVERT_TO_TEXT"
                )
              );
          }
        }
        const m17 = m8.credentials;
        if (m17 !== void 0) {
          if (typeof m17 !== "string")
            ps.push(problem(pathOf(d + 1, "/credentials"), "type", "must be a string"));
        }
        const m18 = m8.httpMethod;
        if (m18 !== void 0) {
          if (typeof m18 !== "string")
            ps.push(problem(pathOf(d + 1, "/httpMethod"), "type", "must be a string"));
        }
        const m19 = m8.integrationResponses;
        if (m19 !== void 0) {
          if (typeof m19 !== "object" || m19 === null || Array.isArray(m19))
            ps.push(problem(pathOf(d + 1, "/integrationResponses"), "type", "must be an object"));
          else {
            PATH[d + 1] = "/integrationResponses";
            for (const k20 in m19) {
              if (!hasOwn.call(m19, k20)) continue;
              if (ps.length > MAX_PROBLEMS) continue;
              const x21 = m19[k20];
              if (!c$IntegrationResponse$a(x21)) {
                PATH[d + 2] = keyToken(k20);
                v$IntegrationResponse$a(x21, d + 3, ps);
              }
            }
          }
        }
        const m22 = m8.passthroughBehavior;
        if (m22 !== void 0) {
          if (typeof m22 !== "string")
            ps.push(problem(pathOf(d + 1, "/passthroughBehavior"), "type", "must be a string"));
        }
        const m23 = m8.requestParameters;
        if (m23 !== void 0) {
          if (typeof m23 !== "object" || m23 === null || Array.isArray(m23))
            ps.push(problem(pathOf(d + 1, "/requestParameters"), "type", "must be an object"));
          else {
            PATH[d + 1] = "/requestParameters";
            for (const k24 in m23) {
              if (!hasOwn.call(m23, k24)) continue;
              if (ps.length > MAX_PROBLEMS) continue;
              const x25 = m23[k24];
              if (typeof x25 !== "string")
                ps.push(problem(pathOf(d + 2, keyToken(k24)), "type", "must be a string"));
            }
          }
        }
        const m26 = m8.requestTemplates;
        if (m26 !== void 0) {
          if (typeof m26 !== "object" || m26 === null || Array.isArray(m26))
            ps.push(problem(pathOf(d + 1, "/requestTemplates"), "type", "must be an object"));
          else {
            PATH[d + 1] = "/requestTemplates";
            for (const k27 in m26) {
              if (!hasOwn.call(m26, k27)) continue;
              if (ps.length > MAX_PROBLEMS) continue;
              const x28 = m26[k27];
              if (typeof x28 !== "string")
                ps.push(problem(pathOf(d + 2, keyToken(k27)), "type", "must be a string"));
            }
          }
        }
        const m29 = m8.timeoutInMillis;
        if (m29 !== void 0) {
          if (typeof m29 !== "number" || !Number.isInteger(m29))
            ps.push(problem(pathOf(d + 1, "/timeoutInMillis"), "type", "must be an integer"));
          else {
            if (m29 < 50)
              ps.push(
                problem(
                  pathOf(d + 1, "/timeoutInMillis"),
                  "minimum",
                  "must be between 50 and 29000"
                )
              );
            if (m29 > 29e3)
              ps.push(
                problem(
                  pathOf(d + 1, "/timeoutInMillis"),
                  "maximum",
                  "must be between 50 and 29000"
                )
              );
          }
        }
        const m30 = m8.tlsConfig;
        if (m30 !== void 0) {
          PATH[d + 1] = "/tlsConfig";
          if (typeof m30 !== "object" || m30 === null || Array.isArray(m30))
            ps.push(problem(pathOf(d + 2), "type", "must be an object"));
          else {
            const m32 = m30.insecureSkipVerification;
            if (m32 !== void 0) {
              if (typeof m32 !== "boolean")
                ps.push(
                  problem(pathOf(d + 2, "/insecureSkipVerification"), "type", "must be a boolean")
                );
            }
          }
        }
        const m33 = m8.type;
        if (m33 !== void 0) {
          if (typeof m33 !== "string")
            ps.push(problem(pathOf(d + 1, "/type"), "type", "must be a string"));
          else {
            if (!c$IntegrationType(m33))
              ps.push(
                problem(
                  pathOf(d + 1, "/type"),
                  "enum",
                  "must be one of HTTP, AWS, MOCK, HTTP_PROXY, AWS_PROXY"
                )
              );
          }
        }
        const m34 = m8.uri;
        if (m34 !== void 0) {
          if (typeof m34 !== "string")
            ps.push(problem(pathOf(d + 1, "/uri"), "type", "must be a string"));
        }
      }
    }
    const m35 = o.methodResponses;
    if (m35 !== void 0) {
      if (typeof m35 !== "object" || m35 === null || Array.isArray(m35))
        ps.push(problem(pathOf(d, "/methodResponses"), "type", "must be an object"));
      else {
        PATH[d] = "/methodResponses";
        for (const k36 in m35) {
          if (!hasOwn.call(m35, k36)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x37 = m35[k36];
          if (!c$MethodResponse$a(x37)) {
            PATH[d + 1] = keyToken(k36);
            v$MethodResponse$a(x37, d + 2, ps);
          }
        }
      }
    }
    const m38 = o.operationName;
    if (m38 !== void 0) {
      if (typeof m38 !== "string")
        ps.push(problem(pathOf(d, "/operationName"), "type", "must be a string"));
    }
    const m39 = o.requestModels;
    if (m39 !== void 0) {
      if (typeof m39 !== "object" || m39 === null || Array.isArray(m39))
        ps.push(problem(pathOf(d, "/requestModels"), "type", "must be an object"));
      else {
        PATH[d] = "/requestModels";
        for (const k40 in m39) {
          if (!hasOwn.call(m39, k40)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x41 = m39[k40];
          if (typeof x41 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k40)), "type", "must be a string"));
        }
      }
    }
    const m42 = o.requestParameters;
    if (m42 !== void 0) {
      if (typeof m42 !== "object" || m42 === null || Array.isArray(m42))
        ps.push(problem(pathOf(d, "/requestParameters"), "type", "must be an object"));
      else {
        PATH[d] = "/requestParameters";
        for (const k43 in m42) {
          if (!hasOwn.call(m42, k43)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x44 = m42[k43];
          if (typeof x44 !== "boolean")
            ps.push(problem(pathOf(d + 1, keyToken(k43)), "type", "must be a boolean"));
        }
      }
    }
    const m45 = o.requestValidatorId;
    if (m45 !== void 0) {
      if (typeof m45 !== "string")
        ps.push(problem(pathOf(d, "/requestValidatorId"), "type", "must be a string"));
    }
  }
}
function c$MethodResponse$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.responseModels;
  if (m1 !== void 0) {
    if (typeof m1 !== "object" || m1 === null || Array.isArray(m1)) return false;
    for (const k2 in m1) {
      if (!hasOwn.call(m1, k2)) continue;
      const x3 = m1[k2];
      if (typeof x3 !== "string") return false;
    }
  }
  const m4 = o.responseParameters;
  if (m4 !== void 0) {
    if (typeof m4 !== "object" || m4 === null || Array.isArray(m4)) return false;
    for (const k5 in m4) {
      if (!hasOwn.call(m4, k5)) continue;
      const x6 = m4[k5];
      if (typeof x6 !== "boolean") return false;
    }
  }
  const m7 = o.statusCode;
  if (m7 !== void 0) {
    if (typeof m7 !== "string" || !RE0.test(m7)) return false;
  }
  return true;
}
function v$MethodResponse$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.responseModels;
    if (m1 !== void 0) {
      if (typeof m1 !== "object" || m1 === null || Array.isArray(m1))
        ps.push(problem(pathOf(d, "/responseModels"), "type", "must be an object"));
      else {
        PATH[d] = "/responseModels";
        for (const k2 in m1) {
          if (!hasOwn.call(m1, k2)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x3 = m1[k2];
          if (typeof x3 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k2)), "type", "must be a string"));
        }
      }
    }
    const m4 = o.responseParameters;
    if (m4 !== void 0) {
      if (typeof m4 !== "object" || m4 === null || Array.isArray(m4))
        ps.push(problem(pathOf(d, "/responseParameters"), "type", "must be an object"));
      else {
        PATH[d] = "/responseParameters";
        for (const k5 in m4) {
          if (!hasOwn.call(m4, k5)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x6 = m4[k5];
          if (typeof x6 !== "boolean")
            ps.push(problem(pathOf(d + 1, keyToken(k5)), "type", "must be a boolean"));
        }
      }
    }
    const m7 = o.statusCode;
    if (m7 !== void 0) {
      if (typeof m7 !== "string")
        ps.push(problem(pathOf(d, "/statusCode"), "type", "must be a string"));
      else {
        if (!RE0.test(m7))
          ps.push(
            problem(pathOf(d, "/statusCode"), "pattern", "must match the pattern [1-5]\\d\\d")
          );
      }
    }
  }
}
function c$PatchOperation$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.from;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
    n0++;
  }
  const m2 = o.op;
  if (m2 !== void 0) {
    if (!c$Op(m2)) return false;
    n0++;
  }
  const m3 = o.path;
  if (m3 !== void 0) {
    if (typeof m3 !== "string") return false;
    n0++;
  }
  const m4 = o.value;
  if (m4 !== void 0) {
    if (typeof m4 !== "string") return false;
    n0++;
  }
  let c5 = 0;
  for (const _k in o) c5++;
  if (c5 !== n0 && !k$PatchOperation(o)) return false;
  return true;
}
function k$PatchOperation(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "from":
      case "op":
      case "path":
      case "value":
        continue;
    }
    return false;
  }
  return true;
}
function v$PatchOperation$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.from;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "string") ps.push(problem(pathOf(d, "/from"), "type", "must be a string"));
    }
    const m2 = o.op;
    if (m2 !== void 0) {
      n0++;
      if (typeof m2 !== "string") ps.push(problem(pathOf(d, "/op"), "type", "must be a string"));
      else {
        if (!c$Op(m2))
          ps.push(
            problem(
              pathOf(d, "/op"),
              "enum",
              "must be one of add, remove, replace, move, copy, test"
            )
          );
      }
    }
    const m3 = o.path;
    if (m3 !== void 0) {
      n0++;
      if (typeof m3 !== "string") ps.push(problem(pathOf(d, "/path"), "type", "must be a string"));
    }
    const m4 = o.value;
    if (m4 !== void 0) {
      n0++;
      if (typeof m4 !== "string") ps.push(problem(pathOf(d, "/value"), "type", "must be a string"));
    }
    let c5 = 0;
    for (const _k in o) c5++;
    if (c5 !== n0)
      for (const k6 in o) {
        if (!hasOwn.call(o, k6)) continue;
        switch (k6) {
          case "from":
          case "op":
          case "path":
          case "value":
            continue;
        }
        ps.push(
          problem(pathOf(d, keyToken(k6)), "unknownMember", "is not a member of PatchOperation")
        );
      }
  }
}
function c$PutMethodRequest$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 4;
  const m1 = o.apiKeyRequired;
  if (m1 !== void 0) {
    if (typeof m1 !== "boolean") return false;
    n0++;
  }
  const m2 = o.authorizationScopes;
  if (m2 !== void 0) {
    if (!Array.isArray(m2) || m2.length > MAX_ITEMS) return false;
    for (let i3 = 0; i3 < m2.length; i3++) {
      const x4 = m2[i3];
      if (typeof x4 !== "string") return false;
    }
    n0++;
  }
  const m5 = o.authorizationType;
  if (m5 === void 0) return false;
  if (typeof m5 !== "string") return false;
  const m6 = o.authorizerId;
  if (m6 !== void 0) {
    if (typeof m6 !== "string") return false;
    n0++;
  }
  const m7 = o.httpMethod;
  if (m7 === void 0) return false;
  if (typeof m7 !== "string") return false;
  const m8 = o.operationName;
  if (m8 !== void 0) {
    if (typeof m8 !== "string") return false;
    n0++;
  }
  const m9 = o.requestModels;
  if (m9 !== void 0) {
    if (typeof m9 !== "object" || m9 === null || Array.isArray(m9)) return false;
    for (const k10 in m9) {
      if (!hasOwn.call(m9, k10)) continue;
      const x11 = m9[k10];
      if (typeof x11 !== "string") return false;
    }
    n0++;
  }
  const m12 = o.requestParameters;
  if (m12 !== void 0) {
    if (typeof m12 !== "object" || m12 === null || Array.isArray(m12)) return false;
    for (const k13 in m12) {
      if (!hasOwn.call(m12, k13)) continue;
      const x14 = m12[k13];
      if (typeof x14 !== "boolean") return false;
    }
    n0++;
  }
  const m15 = o.requestValidatorId;
  if (m15 !== void 0) {
    if (typeof m15 !== "string") return false;
    n0++;
  }
  const m16 = o.resourceId;
  if (m16 === void 0) return false;
  if (typeof m16 !== "string") return false;
  const m17 = o.restApiId;
  if (m17 === void 0) return false;
  if (typeof m17 !== "string") return false;
  let c18 = 0;
  for (const _k in o) c18++;
  if (c18 !== n0 && !k$PutMethodRequest(o)) return false;
  return true;
}
function k$PutMethodRequest(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "apiKeyRequired":
      case "authorizationScopes":
      case "authorizationType":
      case "authorizerId":
      case "httpMethod":
      case "operationName":
      case "requestModels":
      case "requestParameters":
      case "requestValidatorId":
      case "resourceId":
      case "restApiId":
        continue;
    }
    return false;
  }
  return true;
}
function v$PutMethodRequest$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.apiKeyRequired;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "boolean")
        ps.push(problem(pathOf(d, "/apiKeyRequired"), "type", "must be a boolean"));
    }
    const m2 = o.authorizationScopes;
    if (m2 !== void 0) {
      n0++;
      if (!Array.isArray(m2))
        ps.push(problem(pathOf(d, "/authorizationScopes"), "type", "must be an array"));
      else {
        if (m2.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/authorizationScopes"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/authorizationScopes";
          for (let i3 = 0; i3 < m2.length && ps.length <= MAX_PROBLEMS; i3++) {
            const x4 = m2[i3];
            if (typeof x4 !== "string")
              ps.push(problem(pathOf(d + 1, i3), "type", "must be a string"));
          }
        }
      }
    }
    const m5 = o.authorizationType;
    if (m5 === void 0)
      ps.push(problem(pathOf(d, "/authorizationType"), "required", "is required"));
    else {
      n0++;
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/authorizationType"), "type", "must be a string"));
    }
    const m6 = o.authorizerId;
    if (m6 !== void 0) {
      n0++;
      if (typeof m6 !== "string")
        ps.push(problem(pathOf(d, "/authorizerId"), "type", "must be a string"));
    }
    const m7 = o.httpMethod;
    if (m7 === void 0) ps.push(problem(pathOf(d, "/httpMethod"), "required", "is required"));
    else {
      n0++;
      if (typeof m7 !== "string")
        ps.push(problem(pathOf(d, "/httpMethod"), "type", "must be a string"));
    }
    const m8 = o.operationName;
    if (m8 !== void 0) {
      n0++;
      if (typeof m8 !== "string")
        ps.push(problem(pathOf(d, "/operationName"), "type", "must be a string"));
    }
    const m9 = o.requestModels;
    if (m9 !== void 0) {
      n0++;
      if (typeof m9 !== "object" || m9 === null || Array.isArray(m9))
        ps.push(problem(pathOf(d, "/requestModels"), "type", "must be an object"));
      else {
        PATH[d] = "/requestModels";
        for (const k10 in m9) {
          if (!hasOwn.call(m9, k10)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x11 = m9[k10];
          if (typeof x11 !== "string")
            ps.push(problem(pathOf(d + 1, keyToken(k10)), "type", "must be a string"));
        }
      }
    }
    const m12 = o.requestParameters;
    if (m12 !== void 0) {
      n0++;
      if (typeof m12 !== "object" || m12 === null || Array.isArray(m12))
        ps.push(problem(pathOf(d, "/requestParameters"), "type", "must be an object"));
      else {
        PATH[d] = "/requestParameters";
        for (const k13 in m12) {
          if (!hasOwn.call(m12, k13)) continue;
          if (ps.length > MAX_PROBLEMS) continue;
          const x14 = m12[k13];
          if (typeof x14 !== "boolean")
            ps.push(problem(pathOf(d + 1, keyToken(k13)), "type", "must be a boolean"));
        }
      }
    }
    const m15 = o.requestValidatorId;
    if (m15 !== void 0) {
      n0++;
      if (typeof m15 !== "string")
        ps.push(problem(pathOf(d, "/requestValidatorId"), "type", "must be a string"));
    }
    const m16 = o.resourceId;
    if (m16 === void 0) ps.push(problem(pathOf(d, "/resourceId"), "required", "is required"));
    else {
      n0++;
      if (typeof m16 !== "string")
        ps.push(problem(pathOf(d, "/resourceId"), "type", "must be a string"));
    }
    const m17 = o.restApiId;
    if (m17 === void 0) ps.push(problem(pathOf(d, "/restApiId"), "required", "is required"));
    else {
      n0++;
      if (typeof m17 !== "string")
        ps.push(problem(pathOf(d, "/restApiId"), "type", "must be a string"));
    }
    let c18 = 0;
    for (const _k in o) c18++;
    if (c18 !== n0)
      for (const k19 in o) {
        if (!hasOwn.call(o, k19)) continue;
        switch (k19) {
          case "apiKeyRequired":
          case "authorizationScopes":
          case "authorizationType":
          case "authorizerId":
          case "httpMethod":
          case "operationName":
          case "requestModels":
          case "requestParameters":
          case "requestValidatorId":
          case "resourceId":
          case "restApiId":
            continue;
        }
        ps.push(
          problem(pathOf(d, keyToken(k19)), "unknownMember", "is not a member of PutMethodRequest")
        );
      }
  }
}
function c$ThrottleSettings$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.burstLimit;
  if (m1 !== void 0) {
    if (typeof m1 !== "number" || !Number.isInteger(m1)) return false;
  }
  const m2 = o.rateLimit;
  if (m2 !== void 0) {
    if (typeof m2 !== "number" || !Number.isFinite(m2)) return false;
  }
  return true;
}
function v$ThrottleSettings$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.burstLimit;
    if (m1 !== void 0) {
      if (typeof m1 !== "number" || !Number.isInteger(m1))
        ps.push(problem(pathOf(d, "/burstLimit"), "type", "must be an integer"));
    }
    const m2 = o.rateLimit;
    if (m2 !== void 0) {
      if (typeof m2 !== "number" || !Number.isFinite(m2))
        ps.push(problem(pathOf(d, "/rateLimit"), "type", "must be a finite number"));
    }
  }
}
function c$TlsConfig$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.insecureSkipVerification;
  if (m1 !== void 0) {
    if (typeof m1 !== "boolean") return false;
  }
  return true;
}
function v$TlsConfig$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.insecureSkipVerification;
    if (m1 !== void 0) {
      if (typeof m1 !== "boolean")
        ps.push(problem(pathOf(d, "/insecureSkipVerification"), "type", "must be a boolean"));
    }
  }
}
function c$UpdateAccountRequest$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.patchOperations;
  if (m1 !== void 0) {
    if (!Array.isArray(m1) || m1.length > MAX_ITEMS) return false;
    for (let i2 = 0; i2 < m1.length; i2++) {
      const x3 = m1[i2];
      if (!c$PatchOperation$r(x3)) return false;
    }
    n0++;
  }
  let c4 = 0;
  for (const _k in o) c4++;
  if (c4 !== n0 && !k$UpdateAccountRequest(o)) return false;
  return true;
}
function k$UpdateAccountRequest(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "patchOperations":
        continue;
    }
    return false;
  }
  return true;
}
function v$UpdateAccountRequest$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.patchOperations;
    if (m1 !== void 0) {
      n0++;
      if (!Array.isArray(m1))
        ps.push(problem(pathOf(d, "/patchOperations"), "type", "must be an array"));
      else {
        if (m1.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/patchOperations"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/patchOperations";
          for (let i2 = 0; i2 < m1.length && ps.length <= MAX_PROBLEMS; i2++) {
            const x3 = m1[i2];
            if (!c$PatchOperation$r(x3)) {
              PATH[d + 1] = i2;
              v$PatchOperation$r(x3, d + 2, ps);
            }
          }
        }
      }
    }
    let c4 = 0;
    for (const _k in o) c4++;
    if (c4 !== n0)
      for (const k5 in o) {
        if (!hasOwn.call(o, k5)) continue;
        switch (k5) {
          case "patchOperations":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k5)),
            "unknownMember",
            "is not a member of UpdateAccountRequest"
          )
        );
      }
  }
}
function validateAccount(value) {
  const problems = [];
  v$Account$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkAccount(value) {
  return c$Account$a(value);
}
function isAccount(value) {
  return c$Account$a(value);
}
function validateConnectionType(value) {
  if (c$ConnectionType(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of INTERNET, VPC_LINK") : problem("", "type", "must be a string")
  ]);
}
function checkConnectionType(value) {
  return c$ConnectionType(value);
}
function isConnectionType(value) {
  return c$ConnectionType(value);
}
function validateContentHandlingStrategy(value) {
  if (c$ContentHandlingStrategy(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of CONVERT_TO_BINARY, CONVERT_TO_TEXT") : problem("", "type", "must be a string")
  ]);
}
function checkContentHandlingStrategy(value) {
  return c$ContentHandlingStrategy(value);
}
function isContentHandlingStrategy(value) {
  return c$ContentHandlingStrategy(value);
}
function validateIntegration(value) {
  const problems = [];
  v$Integration$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkIntegration(value) {
  return c$Integration$a(value);
}
function isIntegration(value) {
  return c$Integration$a(value);
}
function validateIntegrationResponse(value) {
  const problems = [];
  v$IntegrationResponse$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkIntegrationResponse(value) {
  return c$IntegrationResponse$a(value);
}
function isIntegrationResponse(value) {
  return c$IntegrationResponse$a(value);
}
function validateIntegrationType(value) {
  if (c$IntegrationType(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of HTTP, AWS, MOCK, HTTP_PROXY, AWS_PROXY") : problem("", "type", "must be a string")
  ]);
}
function checkIntegrationType(value) {
  return c$IntegrationType(value);
}
function isIntegrationType(value) {
  return c$IntegrationType(value);
}
function validateMethod(value) {
  const problems = [];
  v$Method$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkMethod(value) {
  return c$Method$a(value);
}
function isMethod(value) {
  return c$Method$a(value);
}
function validateMethodResponse(value) {
  const problems = [];
  v$MethodResponse$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkMethodResponse(value) {
  return c$MethodResponse$a(value);
}
function isMethodResponse(value) {
  return c$MethodResponse$a(value);
}
function validateOp(value) {
  if (c$Op(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of add, remove, replace, move, copy, test") : problem("", "type", "must be a string")
  ]);
}
function checkOp(value) {
  return c$Op(value);
}
function isOp(value) {
  return c$Op(value);
}
function validatePatchOperation(value) {
  const problems = [];
  v$PatchOperation$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkPatchOperation(value) {
  return c$PatchOperation$r(value);
}
function isPatchOperation(value) {
  return c$PatchOperation$r(value);
}
function validatePutMethodRequest(value) {
  const problems = [];
  v$PutMethodRequest$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkPutMethodRequest(value) {
  return c$PutMethodRequest$r(value);
}
function isPutMethodRequest(value) {
  return c$PutMethodRequest$r(value);
}
function validateThrottleSettings(value) {
  const problems = [];
  v$ThrottleSettings$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkThrottleSettings(value) {
  return c$ThrottleSettings$a(value);
}
function isThrottleSettings(value) {
  return c$ThrottleSettings$a(value);
}
function validateTlsConfig(value) {
  const problems = [];
  v$TlsConfig$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkTlsConfig(value) {
  return c$TlsConfig$a(value);
}
function isTlsConfig(value) {
  return c$TlsConfig$a(value);
}
function validateUpdateAccountRequest(value) {
  const problems = [];
  v$UpdateAccountRequest$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateAccountRequest(value) {
  return c$UpdateAccountRequest$r(value);
}
function isUpdateAccountRequest(value) {
  return c$UpdateAccountRequest$r(value);
}
export {
  checkAccount,
  checkConnectionType,
  checkContentHandlingStrategy,
  checkIntegration,
  checkIntegrationResponse,
  checkIntegrationType,
  checkMethod,
  checkMethodResponse,
  checkOp,
  checkPatchOperation,
  checkPutMethodRequest,
  checkThrottleSettings,
  checkTlsConfig,
  checkUpdateAccountRequest,
  isAccount,
  isConnectionType,
  isContentHandlingStrategy,
  isIntegration,
  isIntegrationResponse,
  isIntegrationType,
  isMethod,
  isMethodResponse,
  isOp,
  isPatchOperation,
  isPutMethodRequest,
  isThrottleSettings,
  isTlsConfig,
  isUpdateAccountRequest,
  validateAccount,
  validateConnectionType,
  validateContentHandlingStrategy,
  validateIntegration,
  validateIntegrationResponse,
  validateIntegrationType,
  validateMethod,
  validateMethodResponse,
  validateOp,
  validatePatchOperation,
  validatePutMethodRequest,
  validateThrottleSettings,
  validateTlsConfig,
  validateUpdateAccountRequest
};
