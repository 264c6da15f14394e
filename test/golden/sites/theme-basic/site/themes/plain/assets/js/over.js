console.log("theme override target");
