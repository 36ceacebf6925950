export { defaultCredentials, fromAlibabaEcsRole, fromAlibabaProfile, fromAliyunCliProfile, fromTencentCvmRole, fromTencentProfile, nodeFiles } from "../index.node.js";
