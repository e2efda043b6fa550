console.log("patched");
