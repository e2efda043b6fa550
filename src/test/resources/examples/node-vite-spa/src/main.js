document.getElementById("root").textContent = "hello from a SPA";
