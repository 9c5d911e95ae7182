export { Alert } from "./alert";
export { Button, type ButtonProps } from "./button";
export { type FieldProps, SelectField, TextAreaField, TextField } from "./field";
export { PageHeader } from "./page-header";
export { StatusBadge } from "./status-badge";
