function tokenAuth(header, token) {
  const name = header.toLowerCase();
  return async (request) => {
    const value = typeof token === "function" ? await token() : token;
    return { ...request, headers: { ...request.headers, [name]: value } };
  };
}
export {
  tokenAuth
};
