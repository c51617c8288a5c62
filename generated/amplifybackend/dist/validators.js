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
function c$Mode(x) {
  return x === "API_KEY" || x === "AWS_IAM" || x === "AMAZON_COGNITO_USER_POOLS" || x === "OPENID_CONNECT";
}
function c$ResolutionStrategy(x) {
  return x === "OPTIMISTIC_CONCURRENCY" || x === "LAMBDA" || x === "AUTOMERGE" || x === "NONE";
}
function c$BackendAPIAppSyncAuthSettings$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.CognitoUserPoolId;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
    n0++;
  }
  const m2 = o.Description;
  if (m2 !== void 0) {
    if (typeof m2 !== "string") return false;
    n0++;
  }
  const m3 = o.ExpirationTime;
  if (m3 !== void 0) {
    if (typeof m3 !== "number" || !Number.isFinite(m3)) return false;
    n0++;
  }
  const m4 = o.OpenIDAuthTTL;
  if (m4 !== void 0) {
    if (typeof m4 !== "string") return false;
    n0++;
  }
  const m5 = o.OpenIDClientId;
  if (m5 !== void 0) {
    if (typeof m5 !== "string") return false;
    n0++;
  }
  const m6 = o.OpenIDIatTTL;
  if (m6 !== void 0) {
    if (typeof m6 !== "string") return false;
    n0++;
  }
  const m7 = o.OpenIDIssueURL;
  if (m7 !== void 0) {
    if (typeof m7 !== "string") return false;
    n0++;
  }
  const m8 = o.OpenIDProviderName;
  if (m8 !== void 0) {
    if (typeof m8 !== "string") return false;
    n0++;
  }
  let c9 = 0;
  for (const _k in o) c9++;
  if (c9 !== n0 && !k$BackendAPIAppSyncAuthSettings(o)) return false;
  return true;
}
function k$BackendAPIAppSyncAuthSettings(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "CognitoUserPoolId":
      case "Description":
      case "ExpirationTime":
      case "OpenIDAuthTTL":
      case "OpenIDClientId":
      case "OpenIDIatTTL":
      case "OpenIDIssueURL":
      case "OpenIDProviderName":
        continue;
    }
    return false;
  }
  return true;
}
function v$BackendAPIAppSyncAuthSettings$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.CognitoUserPoolId;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/CognitoUserPoolId"), "type", "must be a string"));
    }
    const m2 = o.Description;
    if (m2 !== void 0) {
      n0++;
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/Description"), "type", "must be a string"));
    }
    const m3 = o.ExpirationTime;
    if (m3 !== void 0) {
      n0++;
      if (typeof m3 !== "number" || !Number.isFinite(m3))
        ps.push(problem(pathOf(d, "/ExpirationTime"), "type", "must be a finite number"));
    }
    const m4 = o.OpenIDAuthTTL;
    if (m4 !== void 0) {
      n0++;
      if (typeof m4 !== "string")
        ps.push(problem(pathOf(d, "/OpenIDAuthTTL"), "type", "must be a string"));
    }
    const m5 = o.OpenIDClientId;
    if (m5 !== void 0) {
      n0++;
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/OpenIDClientId"), "type", "must be a string"));
    }
    const m6 = o.OpenIDIatTTL;
    if (m6 !== void 0) {
      n0++;
      if (typeof m6 !== "string")
        ps.push(problem(pathOf(d, "/OpenIDIatTTL"), "type", "must be a string"));
    }
    const m7 = o.OpenIDIssueURL;
    if (m7 !== void 0) {
      n0++;
      if (typeof m7 !== "string")
        ps.push(problem(pathOf(d, "/OpenIDIssueURL"), "type", "must be a string"));
    }
    const m8 = o.OpenIDProviderName;
    if (m8 !== void 0) {
      n0++;
      if (typeof m8 !== "string")
        ps.push(problem(pathOf(d, "/OpenIDProviderName"), "type", "must be a string"));
    }
    let c9 = 0;
    for (const _k in o) c9++;
    if (c9 !== n0)
      for (const k10 in o) {
        if (!hasOwn.call(o, k10)) continue;
        switch (k10) {
          case "CognitoUserPoolId":
          case "Description":
          case "ExpirationTime":
          case "OpenIDAuthTTL":
          case "OpenIDClientId":
          case "OpenIDIatTTL":
          case "OpenIDIssueURL":
          case "OpenIDProviderName":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k10)),
            "unknownMember",
            "is not a member of BackendAPIAppSyncAuthSettings"
          )
        );
      }
  }
}
function c$BackendAPIAuthType$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.Mode;
  if (m1 !== void 0) {
    if (!c$Mode(m1)) return false;
    n0++;
  }
  const m2 = o.Settings;
  if (m2 !== void 0) {
    if (typeof m2 !== "object" || m2 === null || Array.isArray(m2)) return false;
    let n3 = 0;
    const m4 = m2.CognitoUserPoolId;
    if (m4 !== void 0) {
      if (typeof m4 !== "string") return false;
      n3++;
    }
    const m5 = m2.Description;
    if (m5 !== void 0) {
      if (typeof m5 !== "string") return false;
      n3++;
    }
    const m6 = m2.ExpirationTime;
    if (m6 !== void 0) {
      if (typeof m6 !== "number" || !Number.isFinite(m6)) return false;
      n3++;
    }
    const m7 = m2.OpenIDAuthTTL;
    if (m7 !== void 0) {
      if (typeof m7 !== "string") return false;
      n3++;
    }
    const m8 = m2.OpenIDClientId;
    if (m8 !== void 0) {
      if (typeof m8 !== "string") return false;
      n3++;
    }
    const m9 = m2.OpenIDIatTTL;
    if (m9 !== void 0) {
      if (typeof m9 !== "string") return false;
      n3++;
    }
    const m10 = m2.OpenIDIssueURL;
    if (m10 !== void 0) {
      if (typeof m10 !== "string") return false;
      n3++;
    }
    const m11 = m2.OpenIDProviderName;
    if (m11 !== void 0) {
      if (typeof m11 !== "string") return false;
      n3++;
    }
    let c12 = 0;
    for (const _k in m2) c12++;
    if (c12 !== n3 && !k$BackendAPIAppSyncAuthSettings(m2)) return false;
    n0++;
  }
  let c13 = 0;
  for (const _k in o) c13++;
  if (c13 !== n0 && !k$BackendAPIAuthType(o)) return false;
  return true;
}
function k$BackendAPIAuthType(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "Mode":
      case "Settings":
        continue;
    }
    return false;
  }
  return true;
}
function v$BackendAPIAuthType$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.Mode;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "string") ps.push(problem(pathOf(d, "/Mode"), "type", "must be a string"));
      else {
        if (!c$Mode(m1))
          ps.push(
            problem(
              pathOf(d, "/Mode"),
              "enum",
              "must be one of API_KEY, AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT"
            )
          );
      }
    }
    const m2 = o.Settings;
    if (m2 !== void 0) {
      n0++;
      PATH[d] = "/Settings";
      if (typeof m2 !== "object" || m2 === null || Array.isArray(m2))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        let n3 = 0;
        const m4 = m2.CognitoUserPoolId;
        if (m4 !== void 0) {
          n3++;
          if (typeof m4 !== "string")
            ps.push(problem(pathOf(d + 1, "/CognitoUserPoolId"), "type", "must be a string"));
        }
        const m5 = m2.Description;
        if (m5 !== void 0) {
          n3++;
          if (typeof m5 !== "string")
            ps.push(problem(pathOf(d + 1, "/Description"), "type", "must be a string"));
        }
        const m6 = m2.ExpirationTime;
        if (m6 !== void 0) {
          n3++;
          if (typeof m6 !== "number" || !Number.isFinite(m6))
            ps.push(problem(pathOf(d + 1, "/ExpirationTime"), "type", "must be a finite number"));
        }
        const m7 = m2.OpenIDAuthTTL;
        if (m7 !== void 0) {
          n3++;
          if (typeof m7 !== "string")
            ps.push(problem(pathOf(d + 1, "/OpenIDAuthTTL"), "type", "must be a string"));
        }
        const m8 = m2.OpenIDClientId;
        if (m8 !== void 0) {
          n3++;
          if (typeof m8 !== "string")
            ps.push(problem(pathOf(d + 1, "/OpenIDClientId"), "type", "must be a string"));
        }
        const m9 = m2.OpenIDIatTTL;
        if (m9 !== void 0) {
          n3++;
          if (typeof m9 !== "string")
            ps.push(problem(pathOf(d + 1, "/OpenIDIatTTL"), "type", "must be a string"));
        }
        const m10 = m2.OpenIDIssueURL;
        if (m10 !== void 0) {
          n3++;
          if (typeof m10 !== "string")
            ps.push(problem(pathOf(d + 1, "/OpenIDIssueURL"), "type", "must be a string"));
        }
        const m11 = m2.OpenIDProviderName;
        if (m11 !== void 0) {
          n3++;
          if (typeof m11 !== "string")
            ps.push(problem(pathOf(d + 1, "/OpenIDProviderName"), "type", "must be a string"));
        }
        let c12 = 0;
        for (const _k in m2) c12++;
        if (c12 !== n3)
          for (const k13 in m2) {
            if (!hasOwn.call(m2, k13)) continue;
            switch (k13) {
              case "CognitoUserPoolId":
              case "Description":
              case "ExpirationTime":
              case "OpenIDAuthTTL":
              case "OpenIDClientId":
              case "OpenIDIatTTL":
              case "OpenIDIssueURL":
              case "OpenIDProviderName":
                continue;
            }
            ps.push(
              problem(
                pathOf(d + 1, keyToken(k13)),
                "unknownMember",
                "is not a member of BackendAPIAppSyncAuthSettings"
              )
            );
          }
      }
    }
    let c14 = 0;
    for (const _k in o) c14++;
    if (c14 !== n0)
      for (const k15 in o) {
        if (!hasOwn.call(o, k15)) continue;
        switch (k15) {
          case "Mode":
          case "Settings":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k15)),
            "unknownMember",
            "is not a member of BackendAPIAuthType"
          )
        );
      }
  }
}
function c$BackendAPIConflictResolution$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.ResolutionStrategy;
  if (m1 !== void 0) {
    if (!c$ResolutionStrategy(m1)) return false;
    n0++;
  }
  let c2 = 0;
  for (const _k in o) c2++;
  if (c2 !== n0 && !k$BackendAPIConflictResolution(o)) return false;
  return true;
}
function k$BackendAPIConflictResolution(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "ResolutionStrategy":
        continue;
    }
    return false;
  }
  return true;
}
function v$BackendAPIConflictResolution$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.ResolutionStrategy;
    if (m1 !== void 0) {
      n0++;
      if (typeof m1 !== "string")
        ps.push(problem(pathOf(d, "/ResolutionStrategy"), "type", "must be a string"));
      else {
        if (!c$ResolutionStrategy(m1))
          ps.push(
            problem(
              pathOf(d, "/ResolutionStrategy"),
              "enum",
              "must be one of OPTIMISTIC_CONCURRENCY, LAMBDA, AUTOMERGE, NONE"
            )
          );
      }
    }
    let c2 = 0;
    for (const _k in o) c2++;
    if (c2 !== n0)
      for (const k3 in o) {
        if (!hasOwn.call(o, k3)) continue;
        switch (k3) {
          case "ResolutionStrategy":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k3)),
            "unknownMember",
            "is not a member of BackendAPIConflictResolution"
          )
        );
      }
  }
}
function c$BackendAPIResourceConfig$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 0;
  const m1 = o.AdditionalAuthTypes;
  if (m1 !== void 0) {
    if (!Array.isArray(m1) || m1.length > MAX_ITEMS) return false;
    for (let i2 = 0; i2 < m1.length; i2++) {
      const x3 = m1[i2];
      if (!c$BackendAPIAuthType$r(x3)) return false;
    }
    n0++;
  }
  const m4 = o.ApiName;
  if (m4 !== void 0) {
    if (typeof m4 !== "string") return false;
    n0++;
  }
  const m5 = o.ConflictResolution;
  if (m5 !== void 0) {
    if (typeof m5 !== "object" || m5 === null || Array.isArray(m5)) return false;
    let n6 = 0;
    const m7 = m5.ResolutionStrategy;
    if (m7 !== void 0) {
      if (!c$ResolutionStrategy(m7)) return false;
      n6++;
    }
    let c8 = 0;
    for (const _k in m5) c8++;
    if (c8 !== n6 && !k$BackendAPIConflictResolution(m5)) return false;
    n0++;
  }
  const m9 = o.DefaultAuthType;
  if (m9 !== void 0) {
    if (typeof m9 !== "object" || m9 === null || Array.isArray(m9)) return false;
    let n10 = 0;
    const m11 = m9.Mode;
    if (m11 !== void 0) {
      if (!c$Mode(m11)) return false;
      n10++;
    }
    const m12 = m9.Settings;
    if (m12 !== void 0) {
      if (typeof m12 !== "object" || m12 === null || Array.isArray(m12)) return false;
      let n13 = 0;
      const m14 = m12.CognitoUserPoolId;
      if (m14 !== void 0) {
        if (typeof m14 !== "string") return false;
        n13++;
      }
      const m15 = m12.Description;
      if (m15 !== void 0) {
        if (typeof m15 !== "string") return false;
        n13++;
      }
      const m16 = m12.ExpirationTime;
      if (m16 !== void 0) {
        if (typeof m16 !== "number" || !Number.isFinite(m16)) return false;
        n13++;
      }
      const m17 = m12.OpenIDAuthTTL;
      if (m17 !== void 0) {
        if (typeof m17 !== "string") return false;
        n13++;
      }
      const m18 = m12.OpenIDClientId;
      if (m18 !== void 0) {
        if (typeof m18 !== "string") return false;
        n13++;
      }
      const m19 = m12.OpenIDIatTTL;
      if (m19 !== void 0) {
        if (typeof m19 !== "string") return false;
        n13++;
      }
      const m20 = m12.OpenIDIssueURL;
      if (m20 !== void 0) {
        if (typeof m20 !== "string") return false;
        n13++;
      }
      const m21 = m12.OpenIDProviderName;
      if (m21 !== void 0) {
        if (typeof m21 !== "string") return false;
        n13++;
      }
      let c22 = 0;
      for (const _k in m12) c22++;
      if (c22 !== n13 && !k$BackendAPIAppSyncAuthSettings(m12)) return false;
      n10++;
    }
    let c23 = 0;
    for (const _k in m9) c23++;
    if (c23 !== n10 && !k$BackendAPIAuthType(m9)) return false;
    n0++;
  }
  const m24 = o.Service;
  if (m24 !== void 0) {
    if (typeof m24 !== "string") return false;
    n0++;
  }
  const m25 = o.TransformSchema;
  if (m25 !== void 0) {
    if (typeof m25 !== "string") return false;
    n0++;
  }
  let c26 = 0;
  for (const _k in o) c26++;
  if (c26 !== n0 && !k$BackendAPIResourceConfig(o)) return false;
  return true;
}
function k$BackendAPIResourceConfig(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "AdditionalAuthTypes":
      case "ApiName":
      case "ConflictResolution":
      case "DefaultAuthType":
      case "Service":
      case "TransformSchema":
        continue;
    }
    return false;
  }
  return true;
}
function v$BackendAPIResourceConfig$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.AdditionalAuthTypes;
    if (m1 !== void 0) {
      n0++;
      if (!Array.isArray(m1))
        ps.push(problem(pathOf(d, "/AdditionalAuthTypes"), "type", "must be an array"));
      else {
        if (m1.length > MAX_ITEMS)
          ps.push(
            problem(
              pathOf(d, "/AdditionalAuthTypes"),
              "maxItems",
              "must have at most 100000 items (validator limit)"
            )
          );
        else {
          PATH[d] = "/AdditionalAuthTypes";
          for (let i2 = 0; i2 < m1.length && ps.length <= MAX_PROBLEMS; i2++) {
            const x3 = m1[i2];
            if (!c$BackendAPIAuthType$r(x3)) {
              PATH[d + 1] = i2;
              v$BackendAPIAuthType$r(x3, d + 2, ps);
            }
          }
        }
      }
    }
    const m4 = o.ApiName;
    if (m4 !== void 0) {
      n0++;
      if (typeof m4 !== "string")
        ps.push(problem(pathOf(d, "/ApiName"), "type", "must be a string"));
    }
    const m5 = o.ConflictResolution;
    if (m5 !== void 0) {
      n0++;
      PATH[d] = "/ConflictResolution";
      if (typeof m5 !== "object" || m5 === null || Array.isArray(m5))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        let n6 = 0;
        const m7 = m5.ResolutionStrategy;
        if (m7 !== void 0) {
          n6++;
          if (typeof m7 !== "string")
            ps.push(problem(pathOf(d + 1, "/ResolutionStrategy"), "type", "must be a string"));
          else {
            if (!c$ResolutionStrategy(m7))
              ps.push(
                problem(
                  pathOf(d + 1, "/ResolutionStrategy"),
                  "enum",
                  "must be one of OPTIMISTIC_CONCURRENCY, LAMBDA, AUTOMERGE, NONE"
                )
              );
          }
        }
        let c8 = 0;
        for (const _k in m5) c8++;
        if (c8 !== n6)
          for (const k9 in m5) {
            if (!hasOwn.call(m5, k9)) continue;
            switch (k9) {
              case "ResolutionStrategy":
                continue;
            }
            ps.push(
              problem(
                pathOf(d + 1, keyToken(k9)),
                "unknownMember",
                "is not a member of BackendAPIConflictResolution"
              )
            );
          }
      }
    }
    const m10 = o.DefaultAuthType;
    if (m10 !== void 0) {
      n0++;
      PATH[d] = "/DefaultAuthType";
      if (typeof m10 !== "object" || m10 === null || Array.isArray(m10))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        let n11 = 0;
        const m12 = m10.Mode;
        if (m12 !== void 0) {
          n11++;
          if (typeof m12 !== "string")
            ps.push(problem(pathOf(d + 1, "/Mode"), "type", "must be a string"));
          else {
            if (!c$Mode(m12))
              ps.push(
                problem(
                  pathOf(d + 1, "/Mode"),
                  "enum",
                  "must be one of API_KEY, AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT"
                )
              );
          }
        }
        const m13 = m10.Settings;
        if (m13 !== void 0) {
          n11++;
          PATH[d + 1] = "/Settings";
          if (typeof m13 !== "object" || m13 === null || Array.isArray(m13))
            ps.push(problem(pathOf(d + 2), "type", "must be an object"));
          else {
            let n14 = 0;
            const m15 = m13.CognitoUserPoolId;
            if (m15 !== void 0) {
              n14++;
              if (typeof m15 !== "string")
                ps.push(problem(pathOf(d + 2, "/CognitoUserPoolId"), "type", "must be a string"));
            }
            const m16 = m13.Description;
            if (m16 !== void 0) {
              n14++;
              if (typeof m16 !== "string")
                ps.push(problem(pathOf(d + 2, "/Description"), "type", "must be a string"));
            }
            const m17 = m13.ExpirationTime;
            if (m17 !== void 0) {
              n14++;
              if (typeof m17 !== "number" || !Number.isFinite(m17))
                ps.push(
                  problem(pathOf(d + 2, "/ExpirationTime"), "type", "must be a finite number")
                );
            }
            const m18 = m13.OpenIDAuthTTL;
            if (m18 !== void 0) {
              n14++;
              if (typeof m18 !== "string")
                ps.push(problem(pathOf(d + 2, "/OpenIDAuthTTL"), "type", "must be a string"));
            }
            const m19 = m13.OpenIDClientId;
            if (m19 !== void 0) {
              n14++;
              if (typeof m19 !== "string")
                ps.push(problem(pathOf(d + 2, "/OpenIDClientId"), "type", "must be a string"));
            }
            const m20 = m13.OpenIDIatTTL;
            if (m20 !== void 0) {
              n14++;
              if (typeof m20 !== "string")
                ps.push(problem(pathOf(d + 2, "/OpenIDIatTTL"), "type", "must be a string"));
            }
            const m21 = m13.OpenIDIssueURL;
            if (m21 !== void 0) {
              n14++;
              if (typeof m21 !== "string")
                ps.push(problem(pathOf(d + 2, "/OpenIDIssueURL"), "type", "must be a string"));
            }
            const m22 = m13.OpenIDProviderName;
            if (m22 !== void 0) {
              n14++;
              if (typeof m22 !== "string")
                ps.push(problem(pathOf(d + 2, "/OpenIDProviderName"), "type", "must be a string"));
            }
            let c23 = 0;
            for (const _k in m13) c23++;
            if (c23 !== n14)
              for (const k24 in m13) {
                if (!hasOwn.call(m13, k24)) continue;
                switch (k24) {
                  case "CognitoUserPoolId":
                  case "Description":
                  case "ExpirationTime":
                  case "OpenIDAuthTTL":
                  case "OpenIDClientId":
                  case "OpenIDIatTTL":
                  case "OpenIDIssueURL":
                  case "OpenIDProviderName":
                    continue;
                }
                ps.push(
                  problem(
                    pathOf(d + 2, keyToken(k24)),
                    "unknownMember",
                    "is not a member of BackendAPIAppSyncAuthSettings"
                  )
                );
              }
          }
        }
        let c25 = 0;
        for (const _k in m10) c25++;
        if (c25 !== n11)
          for (const k26 in m10) {
            if (!hasOwn.call(m10, k26)) continue;
            switch (k26) {
              case "Mode":
              case "Settings":
                continue;
            }
            ps.push(
              problem(
                pathOf(d + 1, keyToken(k26)),
                "unknownMember",
                "is not a member of BackendAPIAuthType"
              )
            );
          }
      }
    }
    const m27 = o.Service;
    if (m27 !== void 0) {
      n0++;
      if (typeof m27 !== "string")
        ps.push(problem(pathOf(d, "/Service"), "type", "must be a string"));
    }
    const m28 = o.TransformSchema;
    if (m28 !== void 0) {
      n0++;
      if (typeof m28 !== "string")
        ps.push(problem(pathOf(d, "/TransformSchema"), "type", "must be a string"));
    }
    let c29 = 0;
    for (const _k in o) c29++;
    if (c29 !== n0)
      for (const k30 in o) {
        if (!hasOwn.call(o, k30)) continue;
        switch (k30) {
          case "AdditionalAuthTypes":
          case "ApiName":
          case "ConflictResolution":
          case "DefaultAuthType":
          case "Service":
          case "TransformSchema":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k30)),
            "unknownMember",
            "is not a member of BackendAPIResourceConfig"
          )
        );
      }
  }
}
function c$UpdateBackendAPIRequest$r(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  let n0 = 3;
  const m1 = o.AppId;
  if (m1 === void 0) return false;
  if (typeof m1 !== "string") return false;
  const m2 = o.BackendEnvironmentName;
  if (m2 === void 0) return false;
  if (typeof m2 !== "string") return false;
  const m3 = o.ResourceConfig;
  if (m3 !== void 0) {
    if (typeof m3 !== "object" || m3 === null || Array.isArray(m3)) return false;
    let n4 = 0;
    const m5 = m3.AdditionalAuthTypes;
    if (m5 !== void 0) {
      if (!Array.isArray(m5) || m5.length > MAX_ITEMS) return false;
      for (let i6 = 0; i6 < m5.length; i6++) {
        const x7 = m5[i6];
        if (!c$BackendAPIAuthType$r(x7)) return false;
      }
      n4++;
    }
    const m8 = m3.ApiName;
    if (m8 !== void 0) {
      if (typeof m8 !== "string") return false;
      n4++;
    }
    const m9 = m3.ConflictResolution;
    if (m9 !== void 0) {
      if (typeof m9 !== "object" || m9 === null || Array.isArray(m9)) return false;
      let n10 = 0;
      const m11 = m9.ResolutionStrategy;
      if (m11 !== void 0) {
        if (!c$ResolutionStrategy(m11)) return false;
        n10++;
      }
      let c12 = 0;
      for (const _k in m9) c12++;
      if (c12 !== n10 && !k$BackendAPIConflictResolution(m9)) return false;
      n4++;
    }
    const m13 = m3.DefaultAuthType;
    if (m13 !== void 0) {
      if (typeof m13 !== "object" || m13 === null || Array.isArray(m13)) return false;
      let n14 = 0;
      const m15 = m13.Mode;
      if (m15 !== void 0) {
        if (!c$Mode(m15)) return false;
        n14++;
      }
      const m16 = m13.Settings;
      if (m16 !== void 0) {
        if (typeof m16 !== "object" || m16 === null || Array.isArray(m16)) return false;
        let n17 = 0;
        const m18 = m16.CognitoUserPoolId;
        if (m18 !== void 0) {
          if (typeof m18 !== "string") return false;
          n17++;
        }
        const m19 = m16.Description;
        if (m19 !== void 0) {
          if (typeof m19 !== "string") return false;
          n17++;
        }
        const m20 = m16.ExpirationTime;
        if (m20 !== void 0) {
          if (typeof m20 !== "number" || !Number.isFinite(m20)) return false;
          n17++;
        }
        const m21 = m16.OpenIDAuthTTL;
        if (m21 !== void 0) {
          if (typeof m21 !== "string") return false;
          n17++;
        }
        const m22 = m16.OpenIDClientId;
        if (m22 !== void 0) {
          if (typeof m22 !== "string") return false;
          n17++;
        }
        const m23 = m16.OpenIDIatTTL;
        if (m23 !== void 0) {
          if (typeof m23 !== "string") return false;
          n17++;
        }
        const m24 = m16.OpenIDIssueURL;
        if (m24 !== void 0) {
          if (typeof m24 !== "string") return false;
          n17++;
        }
        const m25 = m16.OpenIDProviderName;
        if (m25 !== void 0) {
          if (typeof m25 !== "string") return false;
          n17++;
        }
        let c26 = 0;
        for (const _k in m16) c26++;
        if (c26 !== n17 && !k$BackendAPIAppSyncAuthSettings(m16)) return false;
        n14++;
      }
      let c27 = 0;
      for (const _k in m13) c27++;
      if (c27 !== n14 && !k$BackendAPIAuthType(m13)) return false;
      n4++;
    }
    const m28 = m3.Service;
    if (m28 !== void 0) {
      if (typeof m28 !== "string") return false;
      n4++;
    }
    const m29 = m3.TransformSchema;
    if (m29 !== void 0) {
      if (typeof m29 !== "string") return false;
      n4++;
    }
    let c30 = 0;
    for (const _k in m3) c30++;
    if (c30 !== n4 && !k$BackendAPIResourceConfig(m3)) return false;
    n0++;
  }
  const m31 = o.ResourceName;
  if (m31 === void 0) return false;
  if (typeof m31 !== "string") return false;
  let c32 = 0;
  for (const _k in o) c32++;
  if (c32 !== n0 && !k$UpdateBackendAPIRequest(o)) return false;
  return true;
}
function k$UpdateBackendAPIRequest(o) {
  for (const k in o) {
    if (!hasOwn.call(o, k)) continue;
    switch (k) {
      case "AppId":
      case "BackendEnvironmentName":
      case "ResourceConfig":
      case "ResourceName":
        continue;
    }
    return false;
  }
  return true;
}
function v$UpdateBackendAPIRequest$r(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    let n0 = 0;
    const m1 = o.AppId;
    if (m1 === void 0) ps.push(problem(pathOf(d, "/AppId"), "required", "is required"));
    else {
      n0++;
      if (typeof m1 !== "string") ps.push(problem(pathOf(d, "/AppId"), "type", "must be a string"));
    }
    const m2 = o.BackendEnvironmentName;
    if (m2 === void 0)
      ps.push(problem(pathOf(d, "/BackendEnvironmentName"), "required", "is required"));
    else {
      n0++;
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/BackendEnvironmentName"), "type", "must be a string"));
    }
    const m3 = o.ResourceConfig;
    if (m3 !== void 0) {
      n0++;
      PATH[d] = "/ResourceConfig";
      if (typeof m3 !== "object" || m3 === null || Array.isArray(m3))
        ps.push(problem(pathOf(d + 1), "type", "must be an object"));
      else {
        let n4 = 0;
        const m5 = m3.AdditionalAuthTypes;
        if (m5 !== void 0) {
          n4++;
          if (!Array.isArray(m5))
            ps.push(problem(pathOf(d + 1, "/AdditionalAuthTypes"), "type", "must be an array"));
          else {
            if (m5.length > MAX_ITEMS)
              ps.push(
                problem(
                  pathOf(d + 1, "/AdditionalAuthTypes"),
                  "maxItems",
                  "must have at most 100000 items (validator limit)"
                )
              );
            else {
              PATH[d + 1] = "/AdditionalAuthTypes";
              for (let i6 = 0; i6 < m5.length && ps.length <= MAX_PROBLEMS; i6++) {
                const x7 = m5[i6];
                if (!c$BackendAPIAuthType$r(x7)) {
                  PATH[d + 2] = i6;
                  v$BackendAPIAuthType$r(x7, d + 3, ps);
                }
              }
            }
          }
        }
        const m8 = m3.ApiName;
        if (m8 !== void 0) {
          n4++;
          if (typeof m8 !== "string")
            ps.push(problem(pathOf(d + 1, "/ApiName"), "type", "must be a string"));
        }
        const m9 = m3.ConflictResolution;
        if (m9 !== void 0) {
          n4++;
          PATH[d + 1] = "/ConflictResolution";
          if (typeof m9 !== "object" || m9 === null || Array.isArray(m9))
            ps.push(problem(pathOf(d + 2), "type", "must be an object"));
          else {
            let n10 = 0;
            const m11 = m9.ResolutionStrategy;
            if (m11 !== void 0) {
              n10++;
              if (typeof m11 !== "string")
                ps.push(problem(pathOf(d + 2, "/ResolutionStrategy"), "type", "must be a string"));
              else {
                if (!c$ResolutionStrategy(m11))
                  ps.push(
                    problem(
                      pathOf(d + 2, "/ResolutionStrategy"),
                      "enum",
                      "must be one of OPTIMISTIC_CONCURRENCY, LAMBDA, AUTOMERGE, NONE"
                    )
                  );
              }
            }
            let c12 = 0;
            for (const _k in m9) c12++;
            if (c12 !== n10)
              for (const k13 in m9) {
                if (!hasOwn.call(m9, k13)) continue;
                switch (k13) {
                  case "ResolutionStrategy":
                    continue;
                }
                ps.push(
                  problem(
                    pathOf(d + 2, keyToken(k13)),
                    "unknownMember",
                    "is not a member of BackendAPIConflictResolution"
                  )
                );
              }
          }
        }
        const m14 = m3.DefaultAuthType;
        if (m14 !== void 0) {
          n4++;
          PATH[d + 1] = "/DefaultAuthType";
          if (typeof m14 !== "object" || m14 === null || Array.isArray(m14))
            ps.push(problem(pathOf(d + 2), "type", "must be an object"));
          else {
            let n15 = 0;
            const m16 = m14.Mode;
            if (m16 !== void 0) {
              n15++;
              if (typeof m16 !== "string")
                ps.push(problem(pathOf(d + 2, "/Mode"), "type", "must be a string"));
              else {
                if (!c$Mode(m16))
                  ps.push(
                    problem(
                      pathOf(d + 2, "/Mode"),
                      "enum",
                      "must be one of API_KEY, AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT"
                    )
                  );
              }
            }
            const m17 = m14.Settings;
            if (m17 !== void 0) {
              n15++;
              PATH[d + 2] = "/Settings";
              if (typeof m17 !== "object" || m17 === null || Array.isArray(m17))
                ps.push(problem(pathOf(d + 3), "type", "must be an object"));
              else {
                let n18 = 0;
                const m19 = m17.CognitoUserPoolId;
                if (m19 !== void 0) {
                  n18++;
                  if (typeof m19 !== "string")
                    ps.push(
                      problem(pathOf(d + 3, "/CognitoUserPoolId"), "type", "must be a string")
                    );
                }
                const m20 = m17.Description;
                if (m20 !== void 0) {
                  n18++;
                  if (typeof m20 !== "string")
                    ps.push(problem(pathOf(d + 3, "/Description"), "type", "must be a string"));
                }
                const m21 = m17.ExpirationTime;
                if (m21 !== void 0) {
                  n18++;
                  if (typeof m21 !== "number" || !Number.isFinite(m21))
                    ps.push(
                      problem(pathOf(d + 3, "/ExpirationTime"), "type", "must be a finite number")
                    );
                }
                const m22 = m17.OpenIDAuthTTL;
                if (m22 !== void 0) {
                  n18++;
                  if (typeof m22 !== "string")
                    ps.push(problem(pathOf(d + 3, "/OpenIDAuthTTL"), "type", "must be a string"));
                }
                const m23 = m17.OpenIDClientId;
                if (m23 !== void 0) {
                  n18++;
                  if (typeof m23 !== "string")
                    ps.push(problem(pathOf(d + 3, "/OpenIDClientId"), "type", "must be a string"));
                }
                const m24 = m17.OpenIDIatTTL;
                if (m24 !== void 0) {
                  n18++;
                  if (typeof m24 !== "string")
                    ps.push(problem(pathOf(d + 3, "/OpenIDIatTTL"), "type", "must be a string"));
                }
                const m25 = m17.OpenIDIssueURL;
                if (m25 !== void 0) {
                  n18++;
                  if (typeof m25 !== "string")
                    ps.push(problem(pathOf(d + 3, "/OpenIDIssueURL"), "type", "must be a string"));
                }
                const m26 = m17.OpenIDProviderName;
                if (m26 !== void 0) {
                  n18++;
                  if (typeof m26 !== "string")
                    ps.push(
                      problem(pathOf(d + 3, "/OpenIDProviderName"), "type", "must be a string")
                    );
                }
                let c27 = 0;
                for (const _k in m17) c27++;
                if (c27 !== n18)
                  for (const k28 in m17) {
                    if (!hasOwn.call(m17, k28)) continue;
                    switch (k28) {
                      case "CognitoUserPoolId":
                      case "Description":
                      case "ExpirationTime":
                      case "OpenIDAuthTTL":
                      case "OpenIDClientId":
                      case "OpenIDIatTTL":
                      case "OpenIDIssueURL":
                      case "OpenIDProviderName":
                        continue;
                    }
                    ps.push(
                      problem(
                        pathOf(d + 3, keyToken(k28)),
                        "unknownMember",
                        "is not a member of BackendAPIAppSyncAuthSettings"
                      )
                    );
                  }
              }
            }
            let c29 = 0;
            for (const _k in m14) c29++;
            if (c29 !== n15)
              for (const k30 in m14) {
                if (!hasOwn.call(m14, k30)) continue;
                switch (k30) {
                  case "Mode":
                  case "Settings":
                    continue;
                }
                ps.push(
                  problem(
                    pathOf(d + 2, keyToken(k30)),
                    "unknownMember",
                    "is not a member of BackendAPIAuthType"
                  )
                );
              }
          }
        }
        const m31 = m3.Service;
        if (m31 !== void 0) {
          n4++;
          if (typeof m31 !== "string")
            ps.push(problem(pathOf(d + 1, "/Service"), "type", "must be a string"));
        }
        const m32 = m3.TransformSchema;
        if (m32 !== void 0) {
          n4++;
          if (typeof m32 !== "string")
            ps.push(problem(pathOf(d + 1, "/TransformSchema"), "type", "must be a string"));
        }
        let c33 = 0;
        for (const _k in m3) c33++;
        if (c33 !== n4)
          for (const k34 in m3) {
            if (!hasOwn.call(m3, k34)) continue;
            switch (k34) {
              case "AdditionalAuthTypes":
              case "ApiName":
              case "ConflictResolution":
              case "DefaultAuthType":
              case "Service":
              case "TransformSchema":
                continue;
            }
            ps.push(
              problem(
                pathOf(d + 1, keyToken(k34)),
                "unknownMember",
                "is not a member of BackendAPIResourceConfig"
              )
            );
          }
      }
    }
    const m35 = o.ResourceName;
    if (m35 === void 0) ps.push(problem(pathOf(d, "/ResourceName"), "required", "is required"));
    else {
      n0++;
      if (typeof m35 !== "string")
        ps.push(problem(pathOf(d, "/ResourceName"), "type", "must be a string"));
    }
    let c36 = 0;
    for (const _k in o) c36++;
    if (c36 !== n0)
      for (const k37 in o) {
        if (!hasOwn.call(o, k37)) continue;
        switch (k37) {
          case "AppId":
          case "BackendEnvironmentName":
          case "ResourceConfig":
          case "ResourceName":
            continue;
        }
        ps.push(
          problem(
            pathOf(d, keyToken(k37)),
            "unknownMember",
            "is not a member of UpdateBackendAPIRequest"
          )
        );
      }
  }
}
function c$UpdateBackendAPIResponse$a(o) {
  if (typeof o !== "object" || o === null || Array.isArray(o)) return false;
  const m1 = o.AppId;
  if (m1 !== void 0) {
    if (typeof m1 !== "string") return false;
  }
  const m2 = o.BackendEnvironmentName;
  if (m2 !== void 0) {
    if (typeof m2 !== "string") return false;
  }
  const m3 = o.Error;
  if (m3 !== void 0) {
    if (typeof m3 !== "string") return false;
  }
  const m4 = o.JobId;
  if (m4 !== void 0) {
    if (typeof m4 !== "string") return false;
  }
  const m5 = o.Operation;
  if (m5 !== void 0) {
    if (typeof m5 !== "string") return false;
  }
  const m6 = o.Status;
  if (m6 !== void 0) {
    if (typeof m6 !== "string") return false;
  }
  return true;
}
function v$UpdateBackendAPIResponse$a(o, d, ps) {
  if (typeof o !== "object" || o === null || Array.isArray(o))
    ps.push(problem(pathOf(d), "type", "must be an object"));
  else {
    const m1 = o.AppId;
    if (m1 !== void 0) {
      if (typeof m1 !== "string") ps.push(problem(pathOf(d, "/AppId"), "type", "must be a string"));
    }
    const m2 = o.BackendEnvironmentName;
    if (m2 !== void 0) {
      if (typeof m2 !== "string")
        ps.push(problem(pathOf(d, "/BackendEnvironmentName"), "type", "must be a string"));
    }
    const m3 = o.Error;
    if (m3 !== void 0) {
      if (typeof m3 !== "string") ps.push(problem(pathOf(d, "/Error"), "type", "must be a string"));
    }
    const m4 = o.JobId;
    if (m4 !== void 0) {
      if (typeof m4 !== "string") ps.push(problem(pathOf(d, "/JobId"), "type", "must be a string"));
    }
    const m5 = o.Operation;
    if (m5 !== void 0) {
      if (typeof m5 !== "string")
        ps.push(problem(pathOf(d, "/Operation"), "type", "must be a string"));
    }
    const m6 = o.Status;
    if (m6 !== void 0) {
      if (typeof m6 !== "string")
        ps.push(problem(pathOf(d, "/Status"), "type", "must be a string"));
    }
  }
}
function validateBackendAPIAppSyncAuthSettings(value) {
  const problems = [];
  v$BackendAPIAppSyncAuthSettings$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkBackendAPIAppSyncAuthSettings(value) {
  return c$BackendAPIAppSyncAuthSettings$r(value);
}
function isBackendAPIAppSyncAuthSettings(value) {
  return c$BackendAPIAppSyncAuthSettings$r(value);
}
function validateBackendAPIAuthType(value) {
  const problems = [];
  v$BackendAPIAuthType$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkBackendAPIAuthType(value) {
  return c$BackendAPIAuthType$r(value);
}
function isBackendAPIAuthType(value) {
  return c$BackendAPIAuthType$r(value);
}
function validateBackendAPIConflictResolution(value) {
  const problems = [];
  v$BackendAPIConflictResolution$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkBackendAPIConflictResolution(value) {
  return c$BackendAPIConflictResolution$r(value);
}
function isBackendAPIConflictResolution(value) {
  return c$BackendAPIConflictResolution$r(value);
}
function validateBackendAPIResourceConfig(value) {
  const problems = [];
  v$BackendAPIResourceConfig$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkBackendAPIResourceConfig(value) {
  return c$BackendAPIResourceConfig$r(value);
}
function isBackendAPIResourceConfig(value) {
  return c$BackendAPIResourceConfig$r(value);
}
function validateMode(value) {
  if (c$Mode(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem(
      "",
      "enum",
      "must be one of API_KEY, AWS_IAM, AMAZON_COGNITO_USER_POOLS, OPENID_CONNECT"
    ) : problem("", "type", "must be a string")
  ]);
}
function checkMode(value) {
  return c$Mode(value);
}
function isMode(value) {
  return c$Mode(value);
}
function validateResolutionStrategy(value) {
  if (c$ResolutionStrategy(value)) return VALID;
  return invalid([
    typeof value === "string" ? problem("", "enum", "must be one of OPTIMISTIC_CONCURRENCY, LAMBDA, AUTOMERGE, NONE") : problem("", "type", "must be a string")
  ]);
}
function checkResolutionStrategy(value) {
  return c$ResolutionStrategy(value);
}
function isResolutionStrategy(value) {
  return c$ResolutionStrategy(value);
}
function validateUpdateBackendAPIRequest(value) {
  const problems = [];
  v$UpdateBackendAPIRequest$r(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateBackendAPIRequest(value) {
  return c$UpdateBackendAPIRequest$r(value);
}
function isUpdateBackendAPIRequest(value) {
  return c$UpdateBackendAPIRequest$r(value);
}
function validateUpdateBackendAPIResponse(value) {
  const problems = [];
  v$UpdateBackendAPIResponse$a(value, 0, problems);
  return problems.length === 0 ? VALID : invalid(problems);
}
function checkUpdateBackendAPIResponse(value) {
  return c$UpdateBackendAPIResponse$a(value);
}
function isUpdateBackendAPIResponse(value) {
  return c$UpdateBackendAPIResponse$a(value);
}
export {
  checkBackendAPIAppSyncAuthSettings,
  checkBackendAPIAuthType,
  checkBackendAPIConflictResolution,
  checkBackendAPIResourceConfig,
  checkMode,
  checkResolutionStrategy,
  checkUpdateBackendAPIRequest,
  checkUpdateBackendAPIResponse,
  isBackendAPIAppSyncAuthSettings,
  isBackendAPIAuthType,
  isBackendAPIConflictResolution,
  isBackendAPIResourceConfig,
  isMode,
  isResolutionStrategy,
  isUpdateBackendAPIRequest,
  isUpdateBackendAPIResponse,
  validateBackendAPIAppSyncAuthSettings,
  validateBackendAPIAuthType,
  validateBackendAPIConflictResolution,
  validateBackendAPIResourceConfig,
  validateMode,
  validateResolutionStrategy,
  validateUpdateBackendAPIRequest,
  validateUpdateBackendAPIResponse
};
