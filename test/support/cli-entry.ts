import { main } from "../../src/cli/main";

main(process.argv).then((code) => {
  process.exitCode = code;
});
