console.log("project wins");
