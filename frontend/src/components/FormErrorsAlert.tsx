import { Alert, List } from '@mantine/core';

export interface FormErrors {
  title: string;
  /** What names no field of the form, translated. */
  items: string[];
}

/** Above a form: why the server refused it, for what cannot be shown beside a field. */
export function FormErrorsAlert({ id, errors }: { id: string; errors: FormErrors }) {
  return (
    <Alert id={id} color="red" title={errors.title} role="alert">
      {errors.items.length > 0 && (
        <List size="sm">
          {errors.items.map((item, i) => (
            <List.Item key={i}>{item}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
